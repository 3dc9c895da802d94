/* 12345 hotline agent-assist workbench. Plain JavaScript; every text from the server or the
 * caller is set with textContent (never innerHTML). The token is asked once, kept in this
 * browser's localStorage and sent as `Authorization: Bearer …` on every API call. */
(function () {
  "use strict";
  var BASE = "/webhooks/agent/";
  var TOKEN_KEY = "agent-workbench-token";
  var NAME_KEY = "agent-workbench-name";
  var $ = function (id) { return document.getElementById(id); };
  var state = { token: "", callerText: "", candidates: [], predicted: null, view: null, correct: null };
  var hook = { lastCopied: "" };
  window.__agentWorkbench = hook;

  function stored(key) { try { return localStorage.getItem(key) || ""; } catch (e) { return ""; } }
  function store(key, value) {
    try { if (value) localStorage.setItem(key, value); else localStorage.removeItem(key); } catch (e) { /* private mode */ }
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  // ------------------------------------------------------------------ API
  function api(method, path, body) {
    var options = { method: method, headers: { Authorization: "Bearer " + state.token }, credentials: "same-origin" };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(BASE + path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (response.status === 401) { logout("令牌无效或已更换，请重新输入。"); }
        return { status: response.status, ok: response.ok, data: data };
      });
    });
  }
  function problem(result) {
    return (result.data && result.data.error) || ("请求失败（" + result.status + "）");
  }

  // ------------------------------------------------------------------ login
  function showLogin(message) {
    $("workbench").hidden = true;
    $("user-box").hidden = true;
    $("login").hidden = false;
    $("login-error").textContent = message || "";
    $("token").value = "";
    $("token").focus();
  }
  function showWorkbench() {
    $("login").hidden = true;
    $("workbench").hidden = false;
    $("user-box").hidden = false;
    $("caller").focus();
  }
  function logout(message) {
    state.token = "";
    store(TOKEN_KEY, "");
    showLogin(message);
  }
  function tryToken(token) {
    state.token = token;
    return fetch(BASE + "ping", { headers: { Authorization: "Bearer " + token } }).then(function (r) {
      if (r.ok) { store(TOKEN_KEY, token); showWorkbench(); return true; }
      state.token = "";
      store(TOKEN_KEY, "");
      showLogin(r.status === 401 ? "令牌不正确，请重新输入。" : "服务器错误（" + r.status + "），请稍后再试。");
      return false;
    }, function () { showLogin("无法连接服务器，请稍后再试。"); return false; });
  }
  $("login-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var token = $("token").value.trim();
    if (token) tryToken(token);
  });
  $("logout").addEventListener("click", function () { logout(""); });
  $("agent-name").value = stored(NAME_KEY);
  $("agent-name").addEventListener("change", function () { store(NAME_KEY, $("agent-name").value.trim()); });

  // ------------------------------------------------------------------ suggestions
  function suggest() {
    var text = $("caller").value.trim();
    if (!text) { $("suggest-status").textContent = "请先输入来电人的话。"; return Promise.resolve(); }
    $("suggest-status").textContent = "正在识别…";
    $("suggest-submit").disabled = true;
    return api("POST", "suggest", { text: text }).then(function (result) {
      $("suggest-submit").disabled = false;
      if (!result.ok) { $("suggest-status").textContent = problem(result); return; }
      state.callerText = text;
      state.candidates = result.data.items || [];
      state.predicted = state.candidates[0] || null;
      renderCandidates(result.data);
      $("candidates").focus();
    }, function () {
      $("suggest-submit").disabled = false;
      $("suggest-status").textContent = "无法连接服务器。";
    });
  }
  function renderCandidates(data) {
    var list = $("candidate-list");
    clear(list);
    state.candidates.forEach(function (c, i) {
      var li = el("li", "ag-candidate");
      var b = el("button", "ag-pick");
      b.type = "button";
      b.setAttribute("aria-keyshortcuts", String(i + 1));
      b.appendChild(el("kbd", "ag-key", String(i + 1)));
      b.appendChild(el("span", "ag-cand-name", c.name));
      b.appendChild(el("span", "ag-cand-dept", c.department || ""));
      if (data.life_event) {   // the event's items, in order: no confidence to show
        b.appendChild(el("span", "ag-cand-named", "一件事：" + data.life_event));
      } else if (c.family) {   // listed as one of its kind, not found in the caller's words
        b.appendChild(el("span", "ag-cand-named", "同类事项"));
      } else {
        var pct = Math.round((c.confidence || 0) * 100);
        var bar = el("span", "ag-bar");
        bar.setAttribute("aria-hidden", "true");
        var fill = el("span", "ag-bar-fill");
        fill.style.width = Math.max(2, Math.min(100, pct)) + "%";
        bar.appendChild(fill);
        b.appendChild(bar);
        b.appendChild(el("span", "ag-conf", "置信度 " + pct + "%"));
        if (c.named) b.appendChild(el("span", "ag-cand-named", "来电提到"));
      }
      if (c.faq) b.appendChild(el("span", "ag-cand-faq", "常见问题：" + c.faq.question));
      b.addEventListener("click", function () { pick(i); });
      li.appendChild(b);
      list.appendChild(li);
    });
    var status = state.candidates.length ? "按 1–" + state.candidates.length + " 或点击选择事项。" : "没有找到相关事项，请用知识库检索。";
    var outside = data.outside_service;
    if (outside) status = "不在事项清单内：" + outside.name + "，一般由" + outside.department + "办理。" +
      (outside.how ? "要点：" + outside.how : "") + status;
    else if (state.candidates.length && !data.in_scope) status = "可能不在事项范围内，请核实。" + status;
    else if (state.candidates.some(function (c) { return c.family; })) status = "来电人没说是哪一种，已列出同类事项，请向来电人确认。" + status;
    else if (data.ambiguous) status = "候选事项接近，请向来电人确认。" + status;
    var named = state.candidates.filter(function (c) { return c.named; });
    if (data.life_event) {
      status = "“" + data.life_event + "”一般要办以下" + named.length + "件事，请逐项告知。" +
        (data.life_event_note ? data.life_event_note : "") + status;
    } else if (named.length > 1) {
      status = "来电提到" + named.length + "个事项：" + named.map(function (c) { return c.name; }).join("、") +
        "，请逐项告知。" + status;
    }
    if (data.topic) {   // 公积金 alone: which kind of business first
      status = "来电人只说了“" + data.topic.name + "”，请先问办哪一类：" + data.topic.groups.join("；") + "。" + status;
    }
    if (data.notice) {   // an office's genuine notice asked about (养老金到账 正常吗): what to read out
      status = "来电人问的是收到的通知或养老金变化，可告知：" + data.notice.script + " " + status;
    }
    if (data.emergency) {   // someone in danger now: the number to give, before anything else
      status = "紧急情况：" + data.emergency.script + " " + status;
    }
    if (data.complaint) {   // a complaint about the service itself: log it as a 工单, read out where it goes
      status = (data.complaint.kind === "rating" ? "来电人问怎么评价服务（好差评）。" :
        "来电人在投诉或反映服务问题，请按投诉登记工单。可告知：") + data.complaint.script + " " + status;
    }
    $("suggest-status").textContent = status;
  }
  function pick(index) {   // with the situation and district the caller's words give, if any
    var c = state.candidates[index];
    if (c) openItem(c.id, c.district || undefined, c.situation || undefined);
  }
  $("suggest-form").addEventListener("submit", function (event) { event.preventDefault(); suggest(); });
  $("caller").addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); suggest(); }
  });
  document.addEventListener("keydown", function (event) {
    var tag = (event.target && event.target.tagName) || "";
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(tag) || event.ctrlKey || event.metaKey || event.altKey) return;
    if ($("workbench").hidden) return;
    if (/^[1-9]$/.test(event.key) && state.candidates[Number(event.key) - 1]) {
      event.preventDefault();
      pick(Number(event.key) - 1);
    }
  });

  // ------------------------------------------------------------------ the script
  function openItem(id, district, situation) {
    var query = [];
    if (district) query.push("district=" + encodeURIComponent(district));
    if (situation) query.push("situation=" + encodeURIComponent(situation));
    $("action-status").textContent = "正在载入…";
    return api("GET", "item/" + encodeURIComponent(id) + (query.length ? "?" + query.join("&") : "")).then(function (result) {
      if (!result.ok) { $("action-status").textContent = problem(result); return; }
      state.view = result.data;
      renderScript(result.data);
      $("action-status").textContent = "";
    });
  }
  function fillSelect(select, values, chosen, allLabel) {
    clear(select);
    if (allLabel) select.appendChild(new Option(allLabel, ""));
    values.forEach(function (v) { select.appendChild(new Option(v, v, false, v === chosen)); });
    select.value = chosen || "";
  }
  function renderScript(view) {
    var item = view.item;
    $("script-empty").hidden = true;
    $("script-view").hidden = false;
    $("item-title").textContent = item.name;
    $("item-meta").textContent = [item.department, item.id, item.theme].filter(Boolean).join(" · ");
    $("situation-box").hidden = view.situations.length < 2;
    fillSelect($("situation"), view.situations, view.situation);
    $("district-box").hidden = !view.districts.length;
    fillSelect($("district"), view.districts, view.district, "全部区县");
    var list = $("script");
    clear(list);
    view.script.forEach(function (line, i) {
      var li = el("li", "ag-line");
      var first = i === 0 || view.script[i - 1].section !== line.section;
      li.appendChild(el("span", "ag-section", first ? line.section : ""));
      if (!first) li.className += " ag-cont";
      li.appendChild(el("span", "ag-text", line.text));
      list.appendChild(li);
    });
    renderFaqs(item);
    closeCorrection();
    $("script-view").focus();
  }
  function renderFaqs(item) {
    // the item's FAQs; the one the caller's words ask (from "识别事项") first and marked
    var asked = state.candidates.filter(function (c) { return c.id === item.id && c.faq; })[0];
    var faqs = (item.faqs || []).slice();
    if (asked) faqs.sort(function (a, b) { return (b.question === asked.faq.question) - (a.question === asked.faq.question); });
    var list = $("faqs");
    clear(list);
    faqs.forEach(function (faq) {
      var matched = asked && faq.question === asked.faq.question;
      var dt = el("dt", matched ? "ag-faq-q ag-faq-asked" : "ag-faq-q", faq.question);
      if (matched) dt.appendChild(el("span", "ag-faq-mark", "来电所问"));
      list.appendChild(dt);
      list.appendChild(el("dd", "ag-faq-a", faq.answer));
    });
    $("faqs-box").hidden = !faqs.length;
  }
  $("situation").addEventListener("change", function () {
    if (state.view) openItem(state.view.item.id, $("district").value, $("situation").value);
  });
  $("district").addEventListener("change", function () {
    if (state.view) openItem(state.view.item.id, $("district").value, $("situation").value);
  });

  // ------------------------------------------------------------------ 工单 text
  function ticketText(view) {
    var item = view.item, s = view.summary;
    var lines = ["来电诉求：" + (state.callerText || "（未记录）"),
      "事项：" + item.name + "（" + [item.department, item.id].filter(Boolean).join("，") + "）"];
    if (view.situations.length > 1 && view.situation) lines.push("情形：" + view.situation);
    lines.push("申请材料（共" + s.materials.length + "项）：");
    lines = lines.concat(s.materials);
    lines.push("办理时限：" + s.time_limit);
    lines.push("办理地点：");
    lines = lines.concat(s.places);
    return lines.join("\n");
  }
  function copyText(text) {
    hook.lastCopied = text;
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return new Promise(function (resolve, reject) { try { fallbackCopy(text); resolve(); } catch (e) { reject(e); } });
  }
  function fallbackCopy(text) {
    var area = el("textarea", "ag-copy-area");
    area.value = text;
    area.setAttribute("readonly", "");
    document.body.appendChild(area);
    var focused = document.activeElement;
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    area.remove();
    if (focused && focused.focus) focused.focus();
    if (!ok) throw new Error("copy failed");
  }
  $("copy-ticket").addEventListener("click", function () {
    if (!state.view) return;
    copyText(ticketText(state.view)).then(function () {
      $("action-status").textContent = "已复制到剪贴板，可粘贴到工单。";
    }, function () {
      $("action-status").textContent = "复制失败，请手动选择话术复制。";
    });
  });

  // ------------------------------------------------------------------ search
  function searchInto(query, list, status, onPick) {
    query = query.trim();
    if (!query) return Promise.resolve();
    status.textContent = "正在检索…";
    return api("GET", "search?q=" + encodeURIComponent(query)).then(function (result) {
      clear(list);
      if (!result.ok) { status.textContent = problem(result); return; }
      var results = result.data.results || [];
      results.forEach(function (r) {
        var li = el("li");
        var b = el("button", "ag-result");
        b.type = "button";
        b.appendChild(el("span", "ag-cand-name", r.name));
        b.appendChild(el("span", "ag-cand-dept", [r.department, r.id].filter(Boolean).join(" · ")));
        b.addEventListener("click", function () { onPick(r); });
        li.appendChild(b);
        list.appendChild(li);
      });
      status.textContent = results.length ? "共 " + results.length + " 条结果。" : "没有找到相关事项。";
    });
  }
  $("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    searchInto($("search").value, $("search-results"), $("search-status"), function (r) { openItem(r.id); });
  });

  // ------------------------------------------------------------------ corrections
  function chooseCorrect(item) {
    state.correct = item;
    $("correction-choice").textContent = item ? item.name + "（" + item.id + "）" : "（未选择）";
    $("correction-submit").disabled = !item || !state.callerText;
  }
  function closeCorrection() {
    $("correction").hidden = true;
    $("wrong-item").setAttribute("aria-expanded", "false");
  }
  $("wrong-item").addEventListener("click", function () {
    var box = $("correction");
    box.hidden = false;
    $("wrong-item").setAttribute("aria-expanded", "true");
    $("correction-text").textContent = state.callerText || "（请先在左侧输入来电人的话并识别）";
    $("correction-predicted").textContent = state.predicted ? state.predicted.name + "（" + state.predicted.id + "）" : "（无）";
    $("correction-status").textContent = "";
    clear($("correction-results"));
    var shown = state.view && state.view.item;
    chooseCorrect(shown && (!state.predicted || shown.id !== state.predicted.id) ? { id: shown.id, name: shown.name } : null);
    $("correction-search").focus();
  });
  $("correction-cancel").addEventListener("click", function () { closeCorrection(); $("wrong-item").focus(); });
  $("correction-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    searchInto($("correction-search").value, $("correction-results"), $("correction-status"), function (r) {
      chooseCorrect({ id: r.id, name: r.name });
      $("correction-submit").focus();
    });
  });
  $("correction-submit").addEventListener("click", function () {
    if (!state.correct || !state.callerText) return;
    $("correction-submit").disabled = true;
    api("POST", "feedback", {
      text: state.callerText,
      predicted_id: state.predicted ? state.predicted.id : null,
      correct_id: state.correct.id,
      agent: $("agent-name").value.trim() || null,
    }).then(function (result) {
      $("correction-submit").disabled = false;
      $("correction-status").textContent = result.status === 201
        ? "已记录纠错：“" + state.callerText + "” → " + state.correct.name + "。"
        : problem(result);
    }, function () {
      $("correction-submit").disabled = false;
      $("correction-status").textContent = "无法连接服务器，纠错未记录。";
    });
  });

  // ------------------------------------------------------------------ start
  var saved = stored(TOKEN_KEY);
  if (saved) tryToken(saved); else showLogin("");
})();
