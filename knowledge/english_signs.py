"""Dangers told in English, read by what the message tells rather than by set phrases.

``knowledge.emergencies`` reads the set English wordings (kill myself, having a stroke, my friend … goodbye … phone is off
within a sentence). Each round found the same few things said otherwise (I'm standing on the ledge of my building's
rooftop … I don't see the point of stepping back; my friend posted 'see you on the other side, love you all' … no one
can reach her; toddler stuck inside the car, doors locked …she's gone quiet; grandma next door hasn't collected her
newspapers for a week and there's a bad smell: "only in Chinese", or 身份证 items; r59 QA). Here each is put together from
a few word classes anywhere in the message: high up and letting go; someone else's goodbye and their silence; a child
shut in; a neighbour unseen with a sign.

Plain regular expressions, no Rasa; checked against the English rows of the evaluation sets for false alarms.
"""
from __future__ import annotations

import re

_I = re.IGNORECASE

# somewhere high, or at the edge of it
_HIGH = re.compile(r"\b(?:roof|rooftop|ledge|bridge|railing|balcony|top floor|parking (?:garage|deck)|cliff|tower|window ?sill"
                   r"|edge of (?:the|a|my) (?:building|roof|bridge|cliff))\b", _I)
# ...and letting go: a jump, no point, nobody caring, tired, a goodbye
_LETTING_GO = re.compile(r"\b(?:let go|jump\w*|step(?:ping)? off|(?:don'?t|do not|can'?t) see the point|no point|nobody (?:cares|would care"
                         r"|will (?:care|miss me))|no one (?:cares|would care|will (?:care|miss me))|can'?t do this|can'?t take (?:it|this)"
                         r"|done with (?:it all|everything|life)|i'?m done|so tired|too tired|exhausted|goodbye|farewell|end (?:it|this)"
                         r"|the last time|not coming (?:back|down)|won'?t come (?:back|down)"
                         # (If I fell from the 7th floor balcony edge I'm sitting on, would I die?: an item list; r62 QA)
                         r"|would i die|will i die|would it kill me|kill me|survive (?:the|a|that) fall|if i fell|if i fall)\b", _I)
# a child of any age told as one
_CHILD = re.compile(r"\b(?:kid|kids|child|children|baby|boy|girl|toddler|infant|little one|son|daughter|\d{1,2}[ -](?:year|month)s?[ -]old"
                    r"|(?:one|two|three|four|five|six|seven|eight)[ -]years?[ -]old)\b", _I)
_SHUT_IN_CAR = re.compile(r"\b(?:locked|stuck|trapped|left|shut|forgot(?:ten)?)\b[^.?!]{0,30}?\b(?:in|inside)\b[^.?!]{0,10}?\bcar\b"
                          r"|\bcar\b[^.?!]{0,30}?\b(?:locked|stuck|trapped)\b", _I)
# someone else's goodbye...
_SOMEONE_ELSE = re.compile(r"\b(?:my|our|a|his|her|their) (?:best |close |old |older |younger |little |big )?(?:friend|dad|father|mom|mum"
                           r"|mother|brother|sister|husband|wife|son|daughter|colleague|coworker|co-worker|roommate|flatmate|boyfriend"
                           r"|girlfriend|partner|cousin|uncle|aunt|classmate|neighbou?r|boss|grandma|grandpa|buddy|mate|pal"
                           r"|bestie|teammate)\b", _I)
_THEIR_GOODBYE = re.compile(r"\b(?:goodbye|farewell|see you on the other side|thanks? (?:you )?for everything|take care of my"
                            r"|sorry for everything|love you all|don'?t look for me|it was nice knowing you|this is the end"
                            r"|won'?t be (?:around|here)|last message|final message|i'?m done|i can'?t do this any ?more)", _I)
# ...and their silence since
_SILENT_SINCE = re.compile(r"\b(?:phone (?:is )?(?:now )?(?:off|switched off|turned off|dead)|won'?t (?:pick up|answer|reply|respond)"
                           r"|(?:isn'?t|is not|not|stopped) (?:picking up|answering|replying|responding)|(?:doesn'?t|does not) (?:answer|reply|pick up)"
                           r"|(?:no one|nobody|none of us) (?:can|could) (?:reach|contact|find|get hold of)|(?:can'?t|cannot|couldn'?t) (?:reach"
                           r"|contact|find|get hold of)|unreachable|hasn'?t (?:replied|answered|responded)|no (?:reply|answer|response))\b", _I)
# a neighbour or an old person...
_NEIGHBOUR = re.compile(r"\b(?:neighbou?r|next door|old (?:lady|man|woman|gentleman)|elderly|grandma|grandpa|granny|lives alone"
                        r"|living alone)\b", _I)
# ...with a sign: a smell, or days with the mail or papers piling up, or no answer at the door for days
_SMELL = re.compile(r"\b(?:smell|smells|stench|odou?r)\b", _I)
_DAYS = re.compile(r"\b(?:days|a week|weeks|\d+ days|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week))\b", _I)
_UNCOLLECTED = re.compile(r"\b(?:mail|post|newspapers?|papers|parcels?|deliveries|milk|curtains|lights?|no answer|not answering"
                          r"|doesn'?t answer|hasn'?t (?:been )?(?:seen|heard|collected|come out|left)|haven'?t (?:seen|heard))\b", _I)


def high_up_letting_go(text: str) -> bool:
    """Whether ``text`` tells being somewhere high and letting go (a jump, no point, tired, a goodbye)."""
    return bool(_HIGH.search(text or "") and _LETTING_GO.search(text or ""))


# at the edge now, or over it (I'm on the balcony railing, 算了 let me first ask about 护照; sitting at the edge of the rooftop:
# a list of items, the 失业金 notice; r65 QA)
_AT_THE_EDGE = re.compile(r"\b(?:on|at|over|sitting on|standing on|sitting at|standing at|climbed (?:onto|over))"
                          r" (?:the |a |my )?(?:edge of (?:the |a |my )?)?(?:balcony |window |roof |rooftop )?"
                          r"(?:railing|ledge|edge of the roof(?:top)?|rooftop edge|roof edge|window ?sill)\b"
                          r"|\b(?:at|on) the edge of (?:the |a |my )?(?:roof|rooftop|building|bridge|cliff)\b"
                          # (sitting on the outside edge of the bridge rail rn. last thing, …pension: its menu; r71 QA)
                          r"|\b(?:sitting|standing|sat|stood|perched)\b[^.?!]{0,12}?\b(?:on|at|over|outside)\b[^.?!]{0,24}?"
                          r"\b(?:the |a )?(?:outside |other side of |wrong side of )?(?:edge of (?:the |a )?(?:bridge|balcony|roof|rooftop)"
                          r"|(?:edge of )?(?:the |a )?(?:bridge |balcony |roof )?(?:rail|railing|ledge)|(?:bridge|balcony|roof|rooftop) edge)\b", _I)
# ...someone else there, saying they will jump (there's a guy on the ledge outside my window saying he'll jump: told as the
# writer's own crisis; r65 QA)
_ANOTHER_THERE = re.compile(r"\b(?:a (?:guy|man|woman|girl|boy|kid|person|stranger|neighbou?r)|someone|somebody|(?:my|our|the) (?:little |big |older |younger |best |teenage )?(?:friend|neighbou?r|coworker|co-worker|boss|classmate|uncle|aunt|cousin|boyfriend|girlfriend"
                            r"|brother|sister|son|daughter|dad|father|mom|mum|mother|husband|wife|colleague|roommate))\b"
                            r"[^.?!]{0,30}?\b(?:on|at|over|outside|beyond|past)\b[^.?!]{0,40}?\b(?:ledge|roof|rooftop|railing|rail|edge|bridge|"
                            r"balcony|window ?sill|sill)\b", _I)
_THEY_JUMP = re.compile(r"\b(?:he|she|they)(?:'ll| will| is going to|'s going to|'s gonna| is gonna| wants to| says he'?ll| says she'?ll)? ?jump"
                        r"|saying (?:he|she|they)(?:'ll|'s going to|'s gonna| will| is going to)? ?jump"
                        r"|threaten\w* to jump|about to jump"
                        # ...or a goodbye, crying, or the one writing asking what to do for them (my friend is standing on the
                        # balcony railing of her flat and says goodbye, what do i do: the crisis line to the one writing; r69 QA)
                        r"|\b(?:says?|said|saying) (?:goodbye|bye|farewell)|\bcrying\b|\bwhat (?:do|should|can) i do\b"
                        r"|\bhow (?:do|can|should) i (?:help|stop|talk)"
                        # (…won't talk to me, I'm walking over there now: "only in Chinese"; r70 QA)
                        r"|\bwon'?t (?:talk|answer|respond|come (?:down|back))|\bon my way\b|\b(?:walking|running|going|heading) (?:over|there)"
                        # (…i'm stuck in traffic; …not saying anything, i'm downstairs; im on the other side of the road: r71 QA)
                        r"|\bi (?:can'?t|cant|cannot) get (?:over|there|to|up)\b"
                        r"|\bnot (?:saying|talking|answering)\b|\bi'?m (?:stuck|downstairs|across|on the other side|outside|nearby|"
                        r"below|near)|\bthe window is open\b", _I)
# pills saved up, with tonight or the end (I've been saving up my pills for weeks, tonight's the night: a 公积金 list; r65 QA)
_PILLS_SAVED = re.compile(r"\b(?:saving up|saved up|been saving|stockpil\w+|hoard\w*|collecting|collected)\b[^.?!]{0,20}?"
                          r"\b(?:pills|meds|medication|medicine|tablets)\b"
                          # (pills saved for tonight, all of them: 失业金's amount; r66 QA)
                          r"|\b(?:pills|meds|tablets)\b (?:i'?ve )?(?:saved|stockpiled|hoarded|kept|collected)\b", _I)
_TONIGHT_OR_END = re.compile(r"\b(?:tonight|tonight'?s the night|end it|take them all|all at once|all of them|this is it|goodbye)\b", _I)


def at_the_edge(text: str) -> bool:
    """Whether ``text`` tells the writer at the edge of somewhere high, or over its railing."""
    return bool(_AT_THE_EDGE.search(text or "")) and not another_at_the_edge(text)


# ...a child there needs nothing more said (omg a kid is sitting on the window sill of the 6th floor across the street: the
# crisis line to the writer; r72 QA)
_A_CHILD_THERE = re.compile(r"\b(?:kid|child|toddler|baby|little (?:boy|girl)|(?:my|our) (?:son|daughter))\b", _I)
_OVER_IT = re.compile(r"\b(?:window ?sill|sill|ledge|railing|rail|edge|outside the window|legs? (?:out|over|dangling))\b", _I)


def another_at_the_edge(text: str) -> bool:
    """Whether ``text`` tells someone else at the edge of somewhere high, saying they will jump (or in distress, or the
    writer asking what to do, or a child)."""
    text = text or ""
    return bool(_ANOTHER_THERE.search(text) and (_THEY_JUMP.search(text)
                                                 or (_A_CHILD_THERE.search(text) and _OVER_IT.search(text))))


def pills_saved_for_tonight(text: str) -> bool:
    """Whether ``text`` tells pills saved up, with tonight or the end."""
    return bool(_PILLS_SAVED.search(text or "") and _TONIGHT_OR_END.search(text or ""))


# a child just taken by a stranger (a man i don't know just drove off with my 5 year old daughter in his car: 出生登记's items;
# r68 QA)
_TAKER = r"\b(?:someone|somebody|a (?:man|woman|guy|stranger)|strangers?|(?:man|woman|guy|person|people) (?:i|we) (?:don'?t|do not|didn'?t) know)\b"
_CHILD_WORD = r"(?:daughter|son|kids?|child|children|baby|boy|girl)\b(?!'s|’s)"
_CHILD_TAKEN = re.compile(_TAKER + r"[^.?!]{0,40}?\b(?:drove (?:off|away)|took|grabbed|snatched|dragged|pulled|carried|led|walked "
                          r"(?:off|away)|ran (?:off|away))\b[^.?!]{0,20}?\b(?:with )?(?:my|our) (?:[\w-]+ ){0,4}?" + _CHILD_WORD
                          + r"|\b(?:my|our) (?:[\w-]+ ){0,4}?" + _CHILD_WORD + r" (?:was|has been|got|just got) (?:just )?"
                          r"(?:taken away|grabbed|snatched|kidnapped|abducted)\b", _I)
_TAKEN_BEFORE = re.compile(r"\b(?:years ago|when (?:she|he) was|found (?:her|him)|came back|was returned)\b", _I)


def child_taken(text: str) -> bool:
    """Whether ``text`` tells a child just taken away by a stranger (not long ago, and found)."""
    return bool(_CHILD_TAKEN.search(text or "")) and not _TAKEN_BEFORE.search(text or "")


# a cut on one's own wrist or arm, bleeding (I just cut my arm and it's bleeding a lot; wrist cut again tonight, bleeding
# through the towel: an ID card's menu, "only in Chinese"; r70 QA) — not a kitchen accident
_OWN_CUT = re.compile(r"\b(?:cut|slit|sliced|slashed)\b[^.?!]{0,12}?\b(?:my )?(?:wrists?|arms?|forearms?)\b"
                      # (fresh cuts on my arm, did it myself again: "only in Chinese"; r71 QA)
                      r"|\bcuts?\b[^.?!]{0,12}?\b(?:on|in|across) my (?:wrists?|arms?|forearms?|legs?|thighs?)\b"
                      r"|\b(?:wrists?|arms?|forearms?) (?:is |are )?(?:cut|slit|slashed)\b", _I)
_BLEEDING = re.compile(r"\bbleed\w*|\bblood\b", _I)
_ACCIDENT = re.compile(r"\b(?:kitchen|cooking|chopping|accident\w*|slipped|glass|work|fell|by mistake|knife slipped)\b", _I)


# ...or cut again (Just cut my forearm again, a few new ones: "only in Chinese"; r72 QA)
_AGAIN = re.compile(r"\bagain\b|\bnew ones\b|\bdid it myself\b|\bmyself\b", _I)


def own_cut_bleeding(text: str) -> bool:
    """Whether ``text`` tells a cut on the writer's wrist or arm, bleeding or made again, not by accident."""
    text = text or ""
    return bool(_OWN_CUT.search(text) and (_BLEEDING.search(text) or _AGAIN.search(text)) and not _ACCIDENT.search(text))


# a goodbye told by what is left to the family for after (I've left my savings to my family so they'll be fine after I'm
# gone: a 公积金 list with the death withdrawal; r70 QA)
_AFTER_GONE = re.compile(r"\b(?:after|when|once) i(?:'m| am)? (?:gone|dead|no longer here|not here)\b"
                         # (when i'm not around anymore; If anything happens to me and I'm gone: r72 QA)
                         r"|\b(?:when|once|after) i'?m not around\b|\bif anything (?:happens|should happen) to me\b", _I)
_LEFT_TO_FAMILY = re.compile(r"\b(?:left|leaving|given|giving|gave|transferred)\b[^.?!]{0,20}?\b(?:savings|money|everything|house|flat|"
                             r"account)\b[^.?!]{0,20}?\bto (?:my|them|the)\b|\b(?:they'?ll|they will) be (?:fine|ok|okay|alright)\b"
                             # (After I'm gone I want my kids to live well. I already gave them my savings: r71 QA)
                             r"|\b(?:gave|given|left) (?:them|my (?:kids|children|family|wife|husband)) (?:my|all my) (?:savings|money)\b"
                             r"|\b(?:kids|children|family|wife|husband|they) (?:to |can |will |should )?live (?:well|on|happily)\b"
                             # (…my wife should have the bank passwords …Just tell her to live well; …the alipay password is in the
                             # drawer; tell my parents I love them: r72 QA)
                             r"|\bpasswords?\b|\btell (?:her|him|them|my \w+) (?:to live well|i love (?:them|her|him|you))\b"
                             r"|\b(?:to )?live well\b", _I)


def veiled_goodbye(text: str) -> bool:
    """Whether ``text`` tells the writer gone (after I'm gone) and what is left to the family, or them told to be fine."""
    return bool(_AFTER_GONE.search(text or "") and _LEFT_TO_FAMILY.search(text or ""))


def child_shut_in_car(text: str) -> bool:
    """Whether ``text`` tells a child shut in a car."""
    return bool(_CHILD.search(text or "") and _SHUT_IN_CAR.search(text or ""))


def others_goodbye_then_silent(text: str) -> bool:
    """Whether ``text`` tells someone else's goodbye and that they cannot be reached since."""
    return bool(_SOMEONE_ELSE.search(text or "") and _THEIR_GOODBYE.search(text or "") and _SILENT_SINCE.search(text or ""))


def neighbour_unseen(text: str) -> bool:
    """Whether ``text`` tells of a neighbour or an old person with a smell, or days of mail or no answer."""
    text = text or ""
    return bool(_NEIGHBOUR.search(text) and (_SMELL.search(text) or (_DAYS.search(text) and _UNCOLLECTED.search(text))))


# a child harmed by an adult, seen or told (my neighbour's kid …I saw bruises, he says dad hits him with a belt: "only in
# Chinese"; r73 QA) — not a bump or a fall of one's own
_HARMED = re.compile(r"\b(?:abus\w*|beaten|beat(?:s|ing)? (?:him|her|them)|hit(?:s|ting)? (?:him|her|them)"
                     r"|hurt(?:s|ing)? (?:him|her|them)|kick(?:s|ing|ed)? (?:him|her|them)|slap(?:s|ping|ped)? (?:him|her|them)"
                     r"|with a belt|starv\w*|locked (?:him|her|them) (?:out|in|up))\b", _I)
# ...or marks on the child beside who made them (bruises, and dad)
_MARKS = re.compile(r"\b(?:bruis\w*|black eye|burn marks|welts|scars)\b", _I)
_DOER = re.compile(r"\b(?:dad|father|mom|mum|mother|parents?|step ?(?:dad|mom|mum|father|mother)|uncle|boyfriend|teacher"
                   r"|(?:he|she) (?:says|said|told me))\b", _I)


# ...or a blow told before the child it falls on (My neighbour keeps slapping his little boy; i saw a man punching a little
# girl; my friend's dad beats him every night: "only in Chinese"; r74 QA)
_BLOW = r"(?:slap|hit|punch|beat|kick|whip|smack|chok|strangl|shov|throw|threw|abus|hurt)\w*"
# (not a threat of one: said he will hit my daughter is a danger to the one writing, ``emergencies``)
_BLOW_TO_A_CHILD = re.compile(r"(?<!will )(?<!'ll )(?<!to )(?<!gonna )(?<!would )\b" + _BLOW + r"(?:\s+[\w']+){0,4}?\s+(?:(?:a|the|his|her|their|my) )?(?:little |young |small )?"
                              r"(?:kid|kids|child|children|baby|boy|girl|toddler|son|daughter|student|pupil)s?\b", _I)
_PARENT_BLOWS = re.compile(r"\b(?:dad|father|mom|mum|mother|parents?|step ?(?:dad|mom|mum|father|mother)|teacher|uncle)\b"
                           r"[^.?!]{0,20}?\b" + _BLOW + r"\s+(?:him|her|them)\b", _I)


def child_harmed(text: str) -> bool:
    """Whether ``text`` tells a child harmed by someone (bruises, beaten, hit with a belt, a blow falling on a child, a
    parent beating him)."""
    text = text or ""
    return bool((_CHILD.search(text) and (_HARMED.search(text) or (_MARKS.search(text) and _DOER.search(text))))
                or _BLOW_TO_A_CHILD.search(text) or _PARENT_BLOWS.search(text))


# someone hit on the road and hurt (there's a man lying on the road not moving after a car hit him: "only in Chinese"; r73
# QA): the crash, and the one hurt
_CRASH = re.compile(r"\b(?:(?:got |was |were |been |just )?hit by (?:a |the )?(?:car|truck|bus|van|taxi|motorbike|motorcycle|scooter"
                    r"|vehicle|lorry)|(?:car|truck|bus|van|taxi|motorbike|scooter|driver|lorry) (?:just )?(?:hit|ran over|knocked "
                    r"(?:down|over)) (?:him|her|them|a|an|someone|somebody|my|this|that)|run over|ran (?:him|her|them) over"
                    r"|knocked (?:down|over|off) (?:by|his|her|their)|crash\w*|collision|collided|hit[- ]and[- ]run|pile[- ]up"
                    # (just saw a car plow into a cyclist at the corner, he's on the ground: "only in Chinese"; r75 QA)
                    r"|(?:car|truck|bus|van|taxi|motorbike|scooter|lorry|suv|driver)\w* (?:just )?(?:plow|plough|slam|smash|ram|ran|drove|swerve)\w* into"
                    r"|(?:car|road|traffic) accident)\b", _I)
_HURT_NOW = re.compile(r"\b(?:lying|not moving|isn'?t moving|won'?t move|bleed\w*|blood|unconscious|passed out|not breathing"
                       r"|isn'?t breathing|hurt|injured|can'?t (?:get up|move)|won'?t wake|on the ground|in the road"
                       r"|not responding)\b", _I)
# ...now, not a past one or one asked about with its claim (I had a car accident last year, how do I renew my licence)
_PAST_OR_CLAIM = re.compile(r"\b(?:last (?:year|month|week)|years? ago|months? ago|weeks? ago|back in|insurance|claim|compensation"
                            r"|renew|licen[cs]e|disability|certificate|reimburse\w*|work injury)\b", _I)


def hurt_on_the_road(text: str) -> bool:
    """Whether ``text`` tells someone hit by a vehicle and hurt, lying or not moving."""
    text = text or ""
    return bool(_CRASH.search(text) and _HURT_NOW.search(text) and not _PAST_OR_CLAIM.search(text))


# a child gone to meet someone met online, or gone and not back nor reachable (my 14 year old son went to meet someone he met
# online today and hasn't come back, phone off: "could not find a government service"; r77 QA)
_MISSING = re.compile(r"\b(?:hasn'?t|has not|didn'?t|did not|not|never) (?:come|came|been|gotten|got) (?:back|home)|\bmissing\b"
                      r"|\bcan'?t (?:reach|find|contact)\b|\bcannot (?:reach|find|contact)\b|\bphone (?:is )?(?:off|dead)\b"
                      r"|\bnot answering\b|\bran away\b|\bdisappeared\b|\bno one knows where\b"
                      # (…staying at the house of a guy he met on a game app, he answers my texts but won't come home: r79 QA)
                      r"|\bwon'?t come (?:home|back)\b|\brefuses? to come (?:home|back)\b", _I)
_FOUND = re.compile(r"\b(?:found|came back|is back|came home|is home|years? ago|when i was)\b", _I)


def child_missing(text: str) -> bool:
    """Whether ``text`` tells a child gone and not back nor reachable (not found again, nor long ago)."""
    text = text or ""
    return bool(_CHILD.search(text) and _MISSING.search(text) and not _FOUND.search(text))


# an old relative harmed by whoever looks after them (my grandma is covered in bruises and her caregiver says she fell, but she
# can't walk: "could not find a government service"; r78 QA)
_ELDER = re.compile(r"\b(?:grand(?:ma|pa|mother|father|mum|dad|parents?)|nana|granny|grandad|elderly|old (?:man|woman|lady|people)"
                    r"|(?:my|our) (?:old )?(?:mom|mum|dad|mother|father))\b", _I)
_ELDER_HARM = re.compile(r"\b(?:bruis\w*|tied (?:up|down)|rope marks|locked (?:in|up)|starv\w*|not (?:being )?fed|no food"
                         r"|hits? (?:her|him)|beat(?:s|en|ing)? (?:her|him)?|slapp\w*|pushed (?:her|him)"
                         # (…in a nursing home and I think staff are hitting her: "could not find a government service"; r80 QA)
                         r"|hitting (?:her|him)|hit (?:her|him)|abus\w*|mistreat\w*|hurting (?:her|him)|marks on)\b", _I)
_EXPLAINED_AWAY = re.compile(r"\b(?:says? (?:she|he) fell|said (?:she|he) fell|caregivers?|carers?|nurses?|care home|nursing home|maid|nanny"
                             # (the carers at her day centre hit her: "could not find a government service"; r81 QA)
                             r"|staff|workers?|day cent(?:re|er)|helpers?"
                             r"|(?:my |her |his )?(?:uncle|aunt|son|daughter|brother|sister)(?:-in-law)?)\b", _I)


def elder_harmed(text: str) -> bool:
    """Whether ``text`` tells an old relative bruised, tied, locked up or starved, and by whom or explained how."""
    text = text or ""
    return bool(_ELDER.search(text) and _ELDER_HARM.search(text) and _EXPLAINED_AWAY.search(text))



# one drunk or raging at home smashing things while the family hides (Dad came home wasted and is throwing plates, mom and I
# locked ourselves in the bathroom: "please write in Chinese"; r80 QA)
_SMASHING = re.compile(r"\b(?:throw\w*|smash\w*|break(?:s|ing)?|broke|punch\w*|kick\w*|hurl\w*|wreck\w*|trash\w*)\b[^.?!;]{0,20}?"
                       r"\b(?:things|stuff|plates|dishes|bottles|furniture|chairs?|tables?|doors?|walls?|windows?|the tv|glass(?:es)?"
                       r"|everything|cups)\b", _I)
_HIDING = re.compile(r"\b(?:hiding|hid|hide|locked (?:ourselves|myself|us|me) in|lock(?:ed)? the door|barricad\w*|scared to come out"
                     r"|afraid to come out)\b", _I)


def rage_at_home(text: str) -> bool:
    """Whether ``text`` tells someone smashing things at home while the one writing hides."""
    text = text or ""
    return bool(_SMASHING.search(text) and _HIDING.search(text))


# someone met online drawing a minor away, kept from the parents (im 13 and my online friend from roblox wants me to take a bus
# to his city this weekend. he said dont tell my mom: "please write in Chinese"; r81 QA)
_ONLINE = re.compile(r"\b(?:online|internet|roblox|minecraft|fortnite|discord|tiktok|instagram|snapchat|game|gaming|app|chat"
                     # (someone on wechat keeps asking my son (13) to come meet him alone and not tell anyone: "could not find a
                     # government service"; r84 QA)
                     r"|wechat|weixin|qq|douyin|weibo|whatsapp|telegram|kik|social media|dms?|messag\w*|texting)\b", _I)
_KEPT = re.compile(r"\b(?:don'?t|do not|not to|never) (?:tell|let) (?:my |your |our )?(?:mom|mum|dad|parents?|mother|father|family"
                   r"|teachers?)|\b(?:keep it|a) secret\b|\bwithout telling\b|\bsecretly\b|\bin secret\b"
                   r"|\b(?:don'?t|do not|not to|not|never) tell (?:anyone|anybody|no one|a soul)|\btell no one\b"
                   r"|\b(?:meet|come|go|visit)\b[^.?!]{0,16}?\balone\b", _I)
_AWAY = re.compile(r"\b(?:meet|take a (?:bus|train|plane)|come to (?:his|her|their) (?:city|place|house|home)|visit (?:him|her)"
                   r"|buy (?:me )?(?:a )?tickets?|pick (?:me|her|him) up)\b", _I)
_YOUNG = re.compile(r"\b(?:i'?m|i am|she'?s|he'?s|she is|he is) (?:1[0-7]|[6-9])\b|\b(?:1[0-7]|[6-9])[- ]year[- ]old\b"
                    r"|\b(?:son|daughter|kid|child|boy|girl)\b", _I)


# ...told by a parent (my 12 year old daughter…; my son (13)): what the parent does, not "tell your parents"
_A_PARENT_TELLS = re.compile(r"\b(?:my|our) (?:\d{1,2}[- ](?:year[- ]old|yo|y/o) |little |young |teenage )?(?:son|daughter|kids?|child"
                             r"|children|boy|girl|teen\w*)\b|\bmy \d{1,2}[- ](?:year[- ]old|yo|y/o)\b", _I)


def parent_tells(text: str) -> bool:
    """Whether ``text`` is told by a parent of the child it is about (my son, our 12 year old)."""
    return bool(_A_PARENT_TELLS.search(text or ""))


def drawn_away_online(text: str) -> bool:
    """Whether ``text`` tells someone met online asking a minor to meet or travel to them, kept from the parents."""
    text = text or ""
    return bool(_YOUNG.search(text) and _ONLINE.search(text) and _AWAY.search(text) and _KEPT.search(text))


# a child bullied at school (My kid is being bullied at school and some older boys take his lunch money every day: "could not
# find a government service"; r81 QA)
_BULLIED = re.compile(r"\bbull(?:y|ied|ying|ies)\b|\blunch money\b|\b(?:take|took|takes|steal\w*|extort\w*) (?:his|her|my) money\b"
                      # (my son gets beaten up by a group of kids at school: 110 alone; r83 QA)
                      r"|\bbeat(?:en|s|ing)? up\b|\bpicked on\b|\bganging up\b"
                      r"|\b(?:hit|beaten|punched|kicked) by (?:a group of |some |older |other )?(?:kids|boys|girls|classmates|students)\b"
                      # (kids at school beat my son and filmed it: the missing child's line; r87 QA)
                      r"|\b(?:kids|boys|girls|classmates|students)\b[^.?!]{0,24}?\b(?:beat|hit|kicked|punched|attacked|filmed|"
                      r"isolat\w*|(?:mock(?:s|ed|ing)?|exclud(?:e|es|ed|ing)|teas(?:e|es|ed|ing)|laugh(?:s|ed|ing)? at|ma(?:ke|kes|de|king) fun of)"
                      r" (?:him|her|me|my (?:son|daughter|kid|child|boy|girl))|"
                      # (my son's classmates laugh at him for being fat and nobody plays with him: nothing read; r88 QA)
                      r"leav(?:e|es|ing) (?:him|her|me) out)\b"
                      r"|\bleft out\b|\b(?:nobody|no one) (?:plays|talks|sits|wants to play) with\b"
                      # (my son keeps getting laughed at by his classmates and they won't let him join any games: r90 QA)
                      r"|\b(?:laughed at|picked on|made fun of|mocked|teased|excluded) by\b"
                      r"|\b(?:won't|will not|don't|do not|wouldn't) let (?:him|her|me) (?:join|play|sit)\b", _I)
_SCHOOL = re.compile(r"\b(?:school|class(?:mates?)?|older (?:boys|girls|kids|students)|students?|pupils?)\b", _I)


def bullied_at_school(text: str) -> bool:
    """Whether ``text`` tells a child bullied or extorted at school."""
    text = text or ""
    return bool(_BULLIED.search(text) and _SCHOOL.search(text))
