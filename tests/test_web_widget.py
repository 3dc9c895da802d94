"""Website widget: the files the channel serves (types, no traversal), and the widget in
Chromium on the demo page of the real stack (conversation, buttons, checklist, copy,
print, history after reload, keyboard, phone width, no HTML injection)."""
import json
import re
import socket
import urllib.request
import uuid

import aiohttp
import pytest
import pytest_asyncio
import yarl
from rasa.core.channels.channel import register
from sanic import Sanic

from bot.channels.web_common import STATIC_DIR
from bot.channels.widget import WidgetInput
from browser_support import API_TOKEN, DESKTOP, PHONE, XSS, browser, new_context, screenshot, stack  # noqa: F401


@pytest_asyncio.fixture
async def widget_server():
    Sanic.test_mode = True
    app = Sanic(f"widget_test_{uuid.uuid4().hex[:12]}")
    channel = WidgetInput(title='办事"<b>不求人</b>', color="red;}")
    register([channel], app, route="/webhooks/")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = await app.create_server(sock=sock, return_asyncio_server=True, access_log=False)
    await server.startup()
    await server.start_serving()
    session = aiohttp.ClientSession()
    yield f"http://127.0.0.1:{port}", session
    await session.close()
    server.close()
    await server.wait_closed()


async def fetch(session, url):
    async with session.get(yarl.URL(url, encoded=True)) as response:
        return response.status, response.headers, await response.read()


@pytest.mark.asyncio
async def test_files_are_served_with_their_content_types(widget_server):
    base, session = widget_server
    for path, kind in (("/webhooks/widget/", "text/html; charset=utf-8"),
                       ("/webhooks/widget/widget.js", "text/javascript; charset=utf-8"),
                       ("/webhooks/widget/widget.css", "text/css; charset=utf-8"),
                       ("/webhooks/widget/demo.css", "text/css; charset=utf-8")):
        status, headers, body = await fetch(session, base + path)
        assert status == 200 and headers["Content-Type"] == kind, path
        assert headers["X-Content-Type-Options"] == "nosniff"
    assert body.decode() == (STATIC_DIR / "widget-demo.css").read_text(encoding="utf-8")


@pytest.mark.asyncio
async def test_demo_page_embeds_the_widget_with_the_escaped_title(widget_server):
    base, session = widget_server
    status, headers, body = await fetch(session, base + "/webhooks/widget/")
    page = body.decode()
    assert '<script src="/webhooks/widget/widget.js" data-server=""' in page
    assert 'data-title="办事&quot;&lt;b&gt;不求人&lt;/b&gt;"' in page and "<b>" not in page
    assert 'data-color="#c8102e"' in page  # an invalid colour falls back to the default
    assert "script-src 'self'" in headers["Content-Security-Policy"]


@pytest.mark.asyncio
@pytest.mark.parametrize("path", [
    "/webhooks/widget/../../credentials.yml", "/webhooks/widget/%2e%2e/%2e%2e/credentials.yml",
    "/webhooks/widget/..%2f..%2fcredentials.yml", "/webhooks/widget/%2e%2e%2fwidget.py",
    "/webhooks/widget/static/widget.js", "/webhooks/widget/widget-demo.html", "/webhooks/widget/agent.js",
    "/webhooks/widget/WIDGET.JS", "/webhooks/widget/.%2Fwidget.py", "/webhooks/widget/%00widget.js",
])
async def test_no_other_file_can_be_reached(widget_server, path):
    base, session = widget_server
    status, _, body = await fetch(session, base + path)
    assert status == 404, path
    assert b"import" not in body and b"token" not in body


def test_scripts_never_write_html():
    for name in ("widget.js", "agent.js"):
        source = re.sub(r"/\*.*?\*/", "", (STATIC_DIR / name).read_text(encoding="utf-8"), flags=re.S)
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", source), name
    assert "@media print" in (STATIC_DIR / "widget.css").read_text(encoding="utf-8")


def test_channel_defaults():
    channel = WidgetInput.from_credentials(None)
    assert (channel.title, channel.color) == ("办事不求人", "#c8102e")
    assert WidgetInput.from_credentials({"title": "问政务", "color": "#0a5"}).color == "#0a5"


# ------------------------------------------------------------------ in the browser
def ask(page, text):
    """Type a message, press Enter and wait for the answer to arrive."""
    before = page.locator(".bsw-msg").count()
    page.fill(".bsw-input", text)
    page.press(".bsw-input", "Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('.bsw-msg').length > n + 1 && document.querySelector('.bsw-typing').hidden",
        arg=before)


def click_choice(page, title):
    before = page.locator(".bsw-msg").count()
    page.click(f".bsw-choice:not([disabled]):has-text('{title}')")
    page.wait_for_function(
        "n => document.querySelectorAll('.bsw-msg').length > n + 1 && document.querySelector('.bsw-typing').hidden",
        arg=before)
    assert page.locator(".bsw-user .bsw-text").last.text_content() == title


def test_widget_conversation_checklist_and_history(browser, stack, real_store):  # noqa: F811
    context = new_context(browser, stack, DESKTOP)
    page = context.new_page()
    page.goto(f"{stack.base}/webhooks/widget/")
    page.click(".bsw-bubble")
    page.wait_for_selector(".bsw-panel", state="visible")
    assert page.get_attribute(".bsw-log", "role") == "log"
    assert page.get_attribute(".bsw-log", "aria-live") == "polite"

    ask(page, "补办身份证要带什么材料")
    assert page.locator(".bsw-choice").count() >= 2
    click_choice(page, "户籍地补领")
    answer = page.locator(".bsw-bot .bsw-text").last.text_content()
    for n, material in enumerate(real_store.materials("gongan.sfz.reissue", "户籍地补领"), 1):
        assert f"{n}. {material['name']}" in answer

    ask(page, "身份证丢了怎么补办")
    click_choice(page, "城东区")
    notice = page.locator(".bsw-notice").last
    notice.wait_for()
    materials = real_store.materials("gongan.sfz.reissue", "户籍地补领")
    items = notice.locator(".bsw-material")
    assert items.count() == len(materials)
    for n, material in enumerate(materials):
        text = items.nth(n).text_content()
        assert text.startswith(f"{n + 1}.") and material["name"] in text and f"{material['copies']}份" in text
        assert material["form"] in text
    body = notice.text_content()
    item = real_store.item("gongan.sfz.reissue")
    for part in (item["legal_time_limit"], item["fee"], "城东区", "电话", "网上办理", item["committed_time_limit"]):
        assert part in body
    # the checklist replaces the duplicate text of the same notice
    assert page.locator(".bsw-text:has-text('【一次性告知】')").count() == 0
    screenshot(page, "widget-desktop")

    notice.locator(".bsw-copy").click()
    notice.locator(".bsw-copy-status:has-text('已复制')").wait_for()
    copied = page.evaluate("BanshiWidget.lastCopied")
    assert copied.startswith("【一次性告知】居民身份证补领") and "1. 居民户口簿" in copied
    assert page.evaluate("navigator.clipboard.readText()") == copied

    page.evaluate("() => { window.print = () => { window.__printed = document.querySelector('.bsw-print-root').textContent; }; }")
    notice.locator(".bsw-print").click()
    assert "居民户口簿" in page.evaluate("window.__printed")
    page.emulate_media(media="print")
    screenshot(page, "widget-print", full_page=True)
    assert page.locator(".bsw-print-root .bsw-notice").is_visible()
    assert not page.locator(".bsw-panel").is_visible() and not page.locator(".gov-header").is_visible()
    page.emulate_media(media="screen")
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator(".bsw-print-root").count() == 0

    # a reload shows the same conversation and continues it with the same sender id
    sender = page.evaluate("BanshiWidget.senderId")
    count = page.locator(".bsw-msg").count()
    page.reload()
    page.wait_for_selector(".bsw-panel", state="visible")
    assert page.evaluate("BanshiWidget.senderId") == sender
    assert page.locator(".bsw-msg").count() == count
    assert page.locator(".bsw-notice .bsw-material").count() == len(materials)
    ask(page, "谢谢")
    # the server holds one conversation for that sender: before and after the reload
    url = f"{stack.base}/conversations/{sender}/tracker?token={API_TOKEN}"
    with urllib.request.urlopen(url, timeout=10) as response:
        events = json.loads(response.read())["events"]
    said = [e["text"] for e in events if e["event"] == "user"]
    assert said == ["补办身份证要带什么材料", "1", "身份证丢了怎么补办", "1", "谢谢"]
    context.close()


def test_widget_keyboard_phone_and_no_html_injection(browser, stack):  # noqa: F811
    context = new_context(browser, stack, PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{stack.base}/webhooks/widget/")
    page.focus(".bsw-bubble")
    page.keyboard.press("Enter")
    page.wait_for_selector(".bsw-panel", state="visible")
    assert page.evaluate("document.activeElement.classList.contains('bsw-input')")
    box = page.locator(".bsw-panel").bounding_box()
    assert box["width"] == PHONE["width"] and box["x"] == 0

    # the typing indicator shows while the answer is on its way
    shown = page.evaluate("""() => {
        const pending = BanshiWidget.send('你好');
        const visible = !document.querySelector('.bsw-typing').hidden;
        return pending.then(() => [visible, document.querySelector('.bsw-typing').hidden]);
    }""")
    assert shown == [True, True]

    page.fill(".bsw-input", XSS)
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('.bsw-msg').length >= 5 && document.querySelector('.bsw-typing').hidden")
    assert page.locator(".bsw-user .bsw-text").last.text_content() == XSS
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator(".bsw-log img, .bsw-log script").count() == 0

    ask(page, "身份证丢了怎么补办")
    page.keyboard.press("Tab")  # from the input to the send button
    assert page.evaluate("document.activeElement.classList.contains('bsw-send')")
    page.focus(".bsw-choice:not([disabled])")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")  # a focused option button is chosen with the keyboard
    page.wait_for_selector(".bsw-choice:not([disabled]):has-text('城东区')")
    click_choice(page, "城东区")
    page.locator(".bsw-notice").last.scroll_into_view_if_needed()
    screenshot(page, "widget-phone")
    assert page.evaluate("document.querySelector('.bsw-log').scrollWidth <= document.querySelector('.bsw-log').clientWidth")

    page.keyboard.press("Escape")
    page.wait_for_selector(".bsw-panel", state="hidden")
    assert page.evaluate("document.activeElement.classList.contains('bsw-bubble')")
    screenshot(page, "widget-phone-closed")
    context.close()
