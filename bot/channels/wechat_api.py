"""WeChat official-account API client: cached access token + customer-service text messages.

Blocking ``requests`` calls; the channel runs them in a thread (``loop.run_in_executor``)
so the event loop never waits on the network. Nothing here raises to the caller: API
errors (errcode != 0) and network errors are logged and reported as ``False``.
"""
import json
import logging
import threading
import time
from typing import Any, Dict, Iterable, Optional

import requests

logger = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://api.weixin.qq.com"
# access_token invalid / expired / not the latest: refresh once and retry.
TOKEN_ERRCODES = {40001, 40014, 42001}
ERRCODE_HINTS = {
    45015: "outside the 48 h window: the user has not written to the account recently",
    45047: "customer-service quota for this user interaction is used up",
    48001: "the account has no customer-service API permission (unverified account?)",
    40164: "this server's IP is not in the account's IP whitelist",
    61004: "this server's IP is not in the account's IP whitelist",
}


class WeChatAPIError(Exception):
    def __init__(self, errcode: Any, errmsg: str) -> None:
        super().__init__(f"errcode={errcode} errmsg={errmsg}")
        self.errcode = errcode


class WeChatAPI:
    def __init__(
        self,
        appid: Optional[str],
        secret: Optional[str],
        api_base: str = DEFAULT_API_BASE,
        timeout: float = 5.0,
        token_margin: float = 300.0,
    ) -> None:
        self.appid = appid
        self.secret = secret
        self.api_base = (api_base or DEFAULT_API_BASE).rstrip("/")
        self.timeout = timeout
        self.token_margin = token_margin
        self._session = requests.Session()
        self._lock = threading.Lock()
        self._token: Optional[str] = None
        self._expires_at = 0.0

    @property
    def configured(self) -> bool:
        return bool(self.appid and self.secret)

    def _json(self, response: requests.Response) -> Dict[str, Any]:
        response.raise_for_status()
        data = response.json()
        if not isinstance(data, dict):
            raise WeChatAPIError(None, f"unexpected answer {data!r:.200}")
        errcode = data.get("errcode", 0)
        if errcode not in (0, "0", None):
            raise WeChatAPIError(errcode, str(data.get("errmsg", "")))
        return data

    def access_token(self, force_refresh: bool = False) -> str:
        """The cached token, fetched again shortly before ``expires_in`` runs out."""
        with self._lock:
            if not force_refresh and self._token and time.monotonic() < self._expires_at:
                return self._token
            data = self._json(
                self._session.get(
                    f"{self.api_base}/cgi-bin/token",
                    params={
                        "grant_type": "client_credential",
                        "appid": self.appid,
                        "secret": self.secret,
                    },
                    timeout=self.timeout,
                )
            )
            token = data.get("access_token")
            if not token:
                raise WeChatAPIError(None, "no access_token in the answer")
            expires_in = float(data.get("expires_in") or 7200)
            margin = min(self.token_margin, expires_in / 2)
            self._token = str(token)
            self._expires_at = time.monotonic() + expires_in - margin
            logger.debug("WeChat access token refreshed, valid %.0f s", expires_in)
            return self._token

    def _post_custom(self, payload: bytes, token: str) -> None:
        self._json(
            self._session.post(
                f"{self.api_base}/cgi-bin/message/custom/send",
                params={"access_token": token},
                data=payload,
                headers={"Content-Type": "application/json; charset=utf-8"},
                timeout=self.timeout,
            )
        )

    def send_text(self, openid: str, content: str) -> bool:
        """Send one customer-service text message; ``False`` (logged) when it failed."""
        if not self.configured:
            logger.error("WeChat: appid/secret not configured, cannot send to %s", openid)
            return False
        message = {"touser": openid, "msgtype": "text", "text": {"content": content}}
        # WeChat wants real UTF-8, not \\u escapes.
        payload = json.dumps(message, ensure_ascii=False).encode("utf-8")
        try:
            try:
                self._post_custom(payload, self.access_token())
            except WeChatAPIError as e:
                if e.errcode not in TOKEN_ERRCODES:
                    raise
                logger.warning("WeChat access token rejected (%s), refreshing once", e)
                self._post_custom(payload, self.access_token(force_refresh=True))
            return True
        except WeChatAPIError as e:
            hint = ERRCODE_HINTS.get(e.errcode, "")
            logger.error("WeChat custom/send to %s failed: %s %s", openid, e, hint)
        except (requests.RequestException, ValueError) as e:
            logger.error("WeChat custom/send to %s failed (network): %r", openid, e)
        except Exception:  # never let a delivery crash the server
            logger.exception("WeChat custom/send to %s failed", openid)
        return False

    def send_texts(self, openid: str, parts: Iterable[str]) -> int:
        """Send parts in order; stops at the first failure. Returns how many were sent."""
        sent = 0
        for part in parts:
            if not self.send_text(openid, part):
                break
            sent += 1
        return sent
