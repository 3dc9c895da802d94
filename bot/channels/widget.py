"""The website chat widget, served by the running assistant (no CDN).

credentials.yml::

    bot.channels.widget.WidgetInput:
      title: 办事不求人          # header of the chat panel on the demo page
      color: "#c8102e"          # optional accent colour of the demo page's widget

Routes (under /webhooks/widget/):
  GET /            a sample government page that embeds the widget (demo)
  GET /widget.js   the widget (plain JavaScript, no dependencies)
  GET /widget.css  its styles (including the print stylesheet of the 一次性告知)

The widget talks to Rasa's ``rest`` channel (POST /webhooks/rest/webhook) with fetch(); it
keeps the sender id and the conversation in the browser's localStorage, so a reload shows
the history and continues the same conversation. Embed it on any page with::

    <script src="https://HOST/webhooks/widget/widget.js" data-server=""
            data-title="办事不求人" data-color="#c8102e"></script>

(``data-server`` empty = the server the script came from; a page on another origin must be
listed in RASA_CORS_ORIGINS.) This channel receives no messages itself.
"""
from __future__ import annotations

import html
import re
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.web_common import static_response

DEFAULT_TITLE = "办事不求人"
DEFAULT_COLOR = "#c8102e"
_COLOR = re.compile(r"^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$")

FILES = {
    "widget.js": "widget.js",
    "widget.css": "widget.css",
    "demo.css": "widget-demo.css",
}
DEMO_PAGE = {"": "widget-demo.html"}


class WidgetInput(InputChannel):
    """Serves the widget's files and a demo page; messages go through the rest channel."""

    @classmethod
    def name(cls) -> Text:
        return "widget"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        return cls(title=credentials.get("title"), color=credentials.get("color"))

    def __init__(self, title: Optional[str] = None, color: Optional[str] = None) -> None:
        self.title = str(title).strip() if title and str(title).strip() else DEFAULT_TITLE
        color = str(color or "").strip()
        self.color = color if _COLOR.match(color) else DEFAULT_COLOR

    def demo_replacements(self) -> Dict[str, str]:
        return {
            "TITLE": html.escape(self.title, quote=True),
            "COLOR": html.escape(self.color, quote=True),
        }

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        bp = Blueprint("widget_files", __name__)

        @bp.route("/", methods=["GET", "HEAD"])
        async def demo(_: Request) -> HTTPResponse:
            return static_response(DEMO_PAGE, "", self.demo_replacements())

        def serve(name: str) -> None:
            async def asset(_: Request) -> HTTPResponse:
                return static_response(FILES, name)

            bp.add_route(asset, f"/{name}", methods=["GET", "HEAD"], name=name.replace(".", "_"))

        for filename in FILES:
            serve(filename)

        return bp
