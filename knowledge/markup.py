"""Web markup pasted or typed into a message (<script>alert(1)</script>身份证补办, <b>救命</b>), blanked so that the words
around it are read. Plain Python, shared by the NLU's normalisation (``bot.text``) and the reading of dangers."""
from __future__ import annotations

import re

# a tag, or a script or style with what it wraps
_MARKUP = re.compile(r"<\s*(script|style)\b[^<>]{0,200}>.{0,500}?<\s*/\s*\1\s*>|<\s*/?\s*[a-zA-Z][^<>]{0,200}>", re.I | re.S)


def blank_markup(text: str) -> str:
    """``text`` with its markup replaced by as many spaces (the same length: offsets into it still hold); a less-than sign
    of an amount (收入<3000) stays."""
    return _MARKUP.sub(lambda m: " " * len(m.group()), text or "")
