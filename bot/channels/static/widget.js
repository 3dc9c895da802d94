/* 办事不求人 website widget: a chat bubble that talks to the assistant's Rasa `rest`
 * channel with fetch(). Plain JavaScript, no dependencies, no CDN.
 *
 *   <script src="https://HOST/webhooks/widget/widget.js" data-server=""
 *           data-title="办事不求人" data-color="#c8102e"></script>
 *
 * data-server: the assistant's base URL (empty = where this script came from).
 * The sender id and the conversation are kept in localStorage: a reload shows the history
 * and continues the same conversation. Text from the bot or the user is only ever set with
 * textContent (never innerHTML), so no message can inject HTML.
 */
(function () {
  "use strict";
  if (window.BanshiWidget) return; // embedded twice

  var script = document.currentScript || (function () {
    var all = document.querySelectorAll('script[src*="widget.js"]');
    return all[all.length - 1];
  })();
  var attr = function (name, fallback) {
    var value = script && script.getAttribute(name);
    return value && value.trim() ? value.trim() : fallback;
  };
  var scriptUrl = new URL((script && script.src) || "/webhooks/widget/widget.js", location.href);
  var server = attr("data-server", scriptUrl.origin).replace(/\/+$/, "");
  var title = attr("data-title", "办事不求人");
  var color = attr("data-color", "#c8102e");
  if (!(window.CSS && CSS.supports && CSS.supports("color", color))) color = "#c8102e";
  var endpoint = server + "/webhooks/rest/webhook";
  var storeKey = "banshi-widget:" + server;
  var MAX_HISTORY = 200;
  var TIMEOUT_MS = 30000;
  var GREETING = "您好，我是" + title + "。请告诉我您要办理的事项，例如“身份证丢了怎么补办”“提取公积金要带什么”，我会一次性告诉您需要的材料、时限、费用和办理地点。";
  var FAILED = "抱歉，网络异常，消息没有发出。请稍后重试，或拨打12345政务服务便民热线。";
  var SAMPLE_NOTE = "示例数据，办理前请以当地最新办事指南为准";

  // ------------------------------------------------------------------ state
  var memory = {};
  function load() {
    try {
      var data = JSON.parse(localStorage.getItem(storeKey) || "null");
      if (data && typeof data.sender === "string" && Array.isArray(data.history)) return data;
    } catch (e) { /* storage blocked or corrupt: start afresh */ }
    return memory.state || { sender: newId(), history: [], open: false };
  }
  function save() {
    memory.state = state;
    try { localStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* private mode */ }
  }
  function newId() {
    if (window.crypto && crypto.randomUUID) return "web-" + crypto.randomUUID();
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return "web-" + Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  var state = load();

  // ------------------------------------------------------------------ DOM helpers
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function attrs(node, map) {
    Object.keys(map).forEach(function (k) { node.setAttribute(k, map[k]); });
    return node;
  }
  function button(className, text, label, onClick) {
    var b = attrs(el("button", className, text), { type: "button" });
    if (label) b.setAttribute("aria-label", label);
    b.addEventListener("click", onClick);
    return b;
  }

  var css = attrs(document.createElement("link"), { rel: "stylesheet", href: new URL("widget.css", scriptUrl).href });
  document.head.appendChild(css);

  var root = el("div", "bsw-root");
  root.hidden = true; // until its stylesheet is there (no flash of unstyled widget)
  var shown = function () {
    root.hidden = false;
    if (!panel.hidden) restoreScroll();
  };
  css.addEventListener("load", shown);
  css.addEventListener("error", shown);
  root.style.setProperty("--bsw-color", color);
  var bubble = button("bsw-bubble", null, "打开" + title + "在线咨询", function () { setOpen(true); });
  attrs(bubble, { "aria-expanded": "false", "aria-controls": "bsw-panel" });
  bubble.appendChild(attrs(el("span", "bsw-bubble-icon", "问"), { "aria-hidden": "true" }));
  bubble.appendChild(el("span", "bsw-bubble-label", title));

  var panel = attrs(el("section", "bsw-panel"), { id: "bsw-panel", role: "dialog", "aria-labelledby": "bsw-title" });
  panel.hidden = true;
  var header = el("header", "bsw-header");
  var heading = el("div", "bsw-heading");
  heading.appendChild(attrs(el("h2", "bsw-title", title), { id: "bsw-title" }));
  heading.appendChild(el("div", "bsw-subtitle", "政务服务智能问答 · 一次性告知"));
  header.appendChild(heading);
  header.appendChild(button("bsw-new", "新对话", "清空记录，开始新对话", function () { reset(); }));
  header.appendChild(button("bsw-close", "×", "关闭对话窗口", function () { setOpen(false); }));
  var log = attrs(el("div", "bsw-log"), { role: "log", "aria-live": "polite", "aria-relevant": "additions", "aria-label": "对话记录", tabindex: "0" });
  var typing = attrs(el("div", "bsw-typing"), { role: "status", "aria-label": "助手正在输入" });
  typing.appendChild(el("span", "bsw-dot"));
  typing.appendChild(el("span", "bsw-dot"));
  typing.appendChild(el("span", "bsw-dot"));
  typing.appendChild(el("span", "bsw-sr", "助手正在输入…"));
  typing.hidden = true;
  var form = attrs(el("form", "bsw-form"), { novalidate: "" });
  var input = attrs(el("input", "bsw-input"), {
    type: "text", maxlength: "500", autocomplete: "off", enterkeyhint: "send",
    "aria-label": "输入您的问题", placeholder: "请输入您要办理的事项…",
  });
  var sendButton = attrs(el("button", "bsw-send", "发送"), { type: "submit", "aria-label": "发送消息" });
  form.appendChild(input);
  form.appendChild(sendButton);
  panel.appendChild(header);
  panel.appendChild(log);
  panel.appendChild(typing);
  panel.appendChild(form);
  root.appendChild(panel);
  root.appendChild(bubble);

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || busy) return;
    input.value = "";
    send(text);
  });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { event.preventDefault(); setOpen(false); }
  });

  // ------------------------------------------------------------------ rendering
  function renderEntry(entry, active) {
    var row = el("div", "bsw-msg " + (entry.from === "user" ? "bsw-user" : "bsw-bot"));
    if (entry.error) row.className += " bsw-error";
    if (entry.notice) {
      row.appendChild(renderNotice(entry.notice, entry.text));
    } else {
      row.appendChild(el("div", "bsw-text", entry.text || ""));
      if (entry.buttons && entry.buttons.length) {
        var group = attrs(el("div", "bsw-choices"), { role: "group", "aria-label": "请选择" });
        entry.buttons.forEach(function (b) {
          var choice = button("bsw-choice", b.title, null, function () {
            if (!busy && !choice.disabled) send(b.payload, b.title);
          });
          choice.disabled = !active;
          group.appendChild(choice);
        });
        row.appendChild(group);
      }
    }
    log.appendChild(row);
    return row;
  }

  function section(parent, heading, body) {
    var s = el("section", "bsw-section");
    s.appendChild(el("h4", "bsw-section-title", heading));
    if (body !== undefined) s.appendChild(el("p", "bsw-section-body", body));
    parent.appendChild(s);
    return s;
  }

  function renderNotice(n, originalText) {
    var article = attrs(el("article", "bsw-notice"), { "aria-label": "一次性告知：" + (n.name || "") });
    var head = el("header", "bsw-notice-head");
    head.appendChild(el("div", "bsw-notice-kicker", "一次性告知"));
    head.appendChild(el("h3", "bsw-notice-title", n.name || ""));
    var meta = [n.department, n.situation ? "情形：" + n.situation : ""].filter(Boolean).join(" · ");
    if (meta) head.appendChild(el("div", "bsw-notice-meta", meta));
    article.appendChild(head);
    section(article, "办理条件", n.conditions || "无特别条件");
    var materials = Array.isArray(n.materials) ? n.materials : [];
    var list = attrs(el("ol", "bsw-materials"), { "aria-label": "申请材料清单" });
    materials.forEach(function (m, i) {
      var li = el("li", "bsw-material");
      li.appendChild(attrs(el("span", "bsw-num", (i + 1) + "."), { "aria-hidden": "true" }));
      var body = el("div", "bsw-material-body");
      body.appendChild(el("span", "bsw-material-name", m.name || ""));
      var tags = el("span", "bsw-tags");
      if (m.form) tags.appendChild(el("span", "bsw-tag bsw-tag-form", m.form));
      tags.appendChild(el("span", "bsw-tag", (m.copies || 1) + "份"));
      if (m.required === false) tags.appendChild(el("span", "bsw-tag bsw-tag-optional", "视情况"));
      body.appendChild(tags);
      if (m.note) body.appendChild(el("div", "bsw-material-note", (m.required === false ? "需要时提供：" : "") + m.note));
      li.appendChild(body);
      list.appendChild(li);
    });
    section(article, "申请材料（共" + materials.length + "项）").appendChild(list);
    var limits = section(article, "办理时限");
    limits.appendChild(el("p", "bsw-section-body", "法定办结时限：" + (n.legal_time_limit || "无")));
    limits.appendChild(el("p", "bsw-section-body", "承诺办结时限：" + (n.committed_time_limit || "无")));
    section(article, "收费标准", n.fee || "不收费");
    var places = section(article, "办理地点");
    var points = Array.isArray(n.service_points) ? n.service_points : [];
    if (!points.length) places.appendChild(el("p", "bsw-section-body", "请拨打12345咨询办理地点"));
    points.forEach(function (p) {
      var box = el("div", "bsw-point");
      var district = p.district && p.district !== "全市" ? "[" + p.district + "] " : "";
      box.appendChild(el("div", "bsw-point-place", district + (p.place || "")));
      box.appendChild(el("div", "bsw-point-line", "地址：" + (p.address || "见窗口公告")));
      box.appendChild(el("div", "bsw-point-line", "时间：" + (p.hours || "工作日")));
      var phone = el("div", "bsw-point-line", "电话：");
      var digits = String(p.phone || "12345").replace(/[^0-9+]/g, "");
      var link = attrs(el("a", "bsw-phone", p.phone || "12345"), { href: "tel:" + digits });
      phone.appendChild(link);
      box.appendChild(phone);
      places.appendChild(box);
    });
    section(article, "网上办理", n.online_entry || "暂不支持网上办理");
    section(article, "跑动次数", visitsText(n.visits_needed));
    article.appendChild(el("p", "bsw-closing", readyText(n.visits_needed) + (n.closing || "如有疑问，请拨打12345政务服务便民热线。")));
    if ((originalText || "").indexOf(SAMPLE_NOTE) >= 0) article.appendChild(el("p", "bsw-sample", "（" + SAMPLE_NOTE + "）"));
    var actions = el("div", "bsw-actions");
    var status = attrs(el("span", "bsw-copy-status"), { role: "status" });
    var copy = button("bsw-copy", "复制清单", "复制" + (n.name || "") + "一次性告知", function () {
      copyText(originalText || noticeText(n)).then(function () {
        status.textContent = "已复制";
      }, function () {
        status.textContent = "复制失败，请手动选择文字复制";
      });
    });
    actions.appendChild(copy);
    actions.appendChild(button("bsw-print", "打印", "打印" + (n.name || "") + "一次性告知", function () { printNotice(article); }));
    actions.appendChild(status);
    article.appendChild(actions);
    return article;
  }

  function visitsText(visits) {
    if (visits === 0) return "全程网办，不用跑腿";
    if (visits === 1) return "材料齐全最多跑一次";
    if (visits === null || visits === undefined) return "以窗口告知为准";
    return "需到现场" + visits + "次";
  }

  // knowledge.notice.ready_text
  function readyText(visits) {
    if (visits === 0) return "材料备齐即可网上办结。";
    if (visits === null || visits === undefined || visits <= 1) return "材料备齐即可一次办结。";
    return "材料备齐，按规定到场" + visits + "次即可办结，不用多跑。";
  }

  function noticeText(n) {
    var lines = ["【一次性告知】" + (n.name || "") + "（" + (n.department || "") + "）"];
    if (n.situation) lines.push("办理情形：" + n.situation);
    lines.push("一、办理条件：" + (n.conditions || "无特别条件"));
    var materials = Array.isArray(n.materials) ? n.materials : [];
    lines.push("二、申请材料（共" + materials.length + "项）：");
    materials.forEach(function (m, i) {
      lines.push((i + 1) + ". " + m.name + "（" + [m.form, (m.copies || 1) + "份"].filter(Boolean).join("，") + "）" + (m.note ? "〔" + m.note + "〕" : ""));
    });
    lines.push("三、办理时限：法定办结时限：" + (n.legal_time_limit || "无") + "；承诺办结时限：" + (n.committed_time_limit || "无"));
    lines.push("四、收费标准：" + (n.fee || "不收费"));
    lines.push("五、办理地点：");
    (n.service_points || []).forEach(function (p) {
      lines.push((p.district && p.district !== "全市" ? "[" + p.district + "] " : "") + (p.place || "") + "（地址：" + (p.address || "见窗口公告") + "；时间：" + (p.hours || "工作日") + "；电话：" + (p.phone || "12345") + "）");
    });
    lines.push("六、网上办理：" + (n.online_entry || "暂不支持网上办理"));
    lines.push("七、跑动次数：" + visitsText(n.visits_needed));
    lines.push(readyText(n.visits_needed) + (n.closing || ""));
    return lines.join("\n");
  }

  // ------------------------------------------------------------------ copy & print
  function copyText(text) {
    api.lastCopied = text;
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return new Promise(function (resolve, reject) {
      try { fallbackCopy(text); resolve(); } catch (e) { reject(e); }
    });
  }
  function fallbackCopy(text) {
    var area = attrs(el("textarea", "bsw-copy-area"), { readonly: "", "aria-hidden": "true" });
    area.value = text;
    document.body.appendChild(area);
    var focused = document.activeElement;
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    area.remove();
    if (focused && focused.focus) focused.focus();
    if (!ok) throw new Error("copy failed");
  }
  function printNotice(article) {
    var old = document.querySelector(".bsw-print-root");
    if (old) old.remove();
    var holder = el("div", "bsw-print-root");
    holder.appendChild(article.cloneNode(true));
    document.body.appendChild(holder);
    document.documentElement.classList.add("bsw-printing");
    var done = function () {
      window.removeEventListener("afterprint", done);
      document.documentElement.classList.remove("bsw-printing");
      holder.remove();
    };
    window.addEventListener("afterprint", done);
    window.print();
  }

  // ------------------------------------------------------------------ conversation
  var busy = false;
  function setBusy(value) {
    busy = value;
    typing.hidden = !value;
    sendButton.disabled = value;
    panel.setAttribute("aria-busy", value ? "true" : "false");
    if (value) scrollDown();
  }
  function scrollDown() { log.scrollTop = log.scrollHeight; }
  /* The end of the conversation, or the top of the checklist when that is the last answer. */
  function restoreScroll() {
    var last = state.history[state.history.length - 1];
    if (last && last.notice && log.lastElementChild) showTop(log.lastElementChild); else scrollDown();
  }
  function disableChoices() {
    Array.prototype.forEach.call(log.querySelectorAll(".bsw-choice"), function (b) { b.disabled = true; });
  }
  function add(entry) {
    disableChoices();
    state.history.push(entry);
    if (state.history.length > MAX_HISTORY) state.history.splice(0, state.history.length - MAX_HISTORY);
    save();
    var row = renderEntry(entry, true);
    if (entry.notice) showTop(row); else scrollDown();
  }
  /* A long checklist is read from its title: scroll the log so that its top shows. */
  function showTop(row) {
    log.scrollTop += row.getBoundingClientRect().top - log.getBoundingClientRect().top - 8;
  }

  function cleanButtons(buttons) {
    if (!Array.isArray(buttons)) return [];
    return buttons.filter(function (b) { return b && b.title !== undefined && b.payload !== undefined; })
      .slice(0, 12).map(function (b) { return { title: String(b.title), payload: String(b.payload) }; });
  }
  /* Rasa messages → entries; a custom notice replaces the text message just before it. */
  function toEntries(messages) {
    var out = [];
    (Array.isArray(messages) ? messages : []).forEach(function (m) {
      if (!m || typeof m !== "object") return;
      // {"data": {"notice": …}}: the shape Rasa's socketio channel can emit as well
      var custom = m.custom && typeof m.custom === "object" ? (m.custom.data || m.custom) : null;
      var notice = custom && typeof custom === "object" && custom.notice;
      if (notice && typeof notice === "object") {
        var entry = { from: "bot", notice: notice };
        var prev = out[out.length - 1];
        if (prev && prev.text && !prev.notice && !prev.buttons.length) { entry.text = prev.text; out.pop(); }
        out.push(entry);
      } else if (typeof m.text === "string" || Array.isArray(m.buttons)) {
        out.push({ from: "bot", text: typeof m.text === "string" ? m.text : "", buttons: cleanButtons(m.buttons) });
      }
    });
    return out;
  }

  function send(message, shownAs) {
    message = String(message || "").trim();
    if (!message || busy) return Promise.resolve();
    add({ from: "user", text: shownAs || message });
    setBusy(true);
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller && setTimeout(function () { controller.abort(); }, TIMEOUT_MS);
    return fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: state.sender, message: message }),
      signal: controller ? controller.signal : undefined,
      credentials: "omit",
    }).then(function (response) {
      // 200, and 429 (too many messages: the server's polite reply), carry bot messages
      return response.json().catch(function () { return null; }).then(function (data) {
        if (Array.isArray(data) && (response.ok || response.status === 429)) return data;
        throw new Error("HTTP " + response.status);
      });
    }).then(function (messages) {
      var entries = toEntries(messages);
      if (!entries.length) entries = [{ from: "bot", text: "抱歉，我没有理解。请换个说法，或拨打12345政务服务便民热线。" }];
      setBusy(false);
      entries.forEach(add);
    }).catch(function () {
      setBusy(false);
      add({ from: "bot", text: FAILED, error: true });
    }).then(function () {
      if (timer) clearTimeout(timer);
      if (!panel.hidden && !root.contains(document.activeElement)) input.focus();
    });
  }

  function renderAll() {
    log.textContent = "";
    if (!state.history.length) {
      state.history.push({ from: "bot", text: GREETING });
      save();
    }
    state.history.forEach(function (entry, i) { renderEntry(entry, i === state.history.length - 1); });
    restoreScroll();
  }

  function setOpen(open) {
    state.open = !!open;
    save();
    panel.hidden = !open;
    root.classList.toggle("bsw-open", !!open);
    bubble.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) { restoreScroll(); input.focus(); } else { bubble.focus(); }
  }

  function reset() {
    state = { sender: newId(), history: [], open: true };
    renderAll();
    save();
    input.focus();
  }

  var api = {
    open: function () { setOpen(true); },
    close: function () { setOpen(false); },
    send: send,
    reset: reset,
    lastCopied: "",
    get senderId() { return state.sender; },
  };
  window.BanshiWidget = api;

  function mount() {
    document.body.appendChild(root);
    renderAll();
    if (state.open) {
      panel.hidden = false;
      root.classList.add("bsw-open");
      bubble.setAttribute("aria-expanded", "true");
    }
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
