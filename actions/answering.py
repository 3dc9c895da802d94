"""The dialogue logic of ``action_answer``, as a plain function over plain data.

``answer(turn, store)`` decides what to say for one user turn: the 一次性告知, one aspect
of the item in context, a clarifying question (which item / which situation / which
district) with numbered options, or the honest out-of-scope reply. It never touches Rasa.
"""
from __future__ import annotations

import re
from datetime import date
from dataclasses import replace
from typing import Any, Dict, List, Optional, Sequence, Tuple
from unicodedata import normalize

from actions.choices import (PEOPLE_PAIRS, buttons, choose, chosen_by_words, chosen_with_before, fits_state, is_number,
                             member_by_state, numbered_text, option, options_by_words, picked_number, reply_core,
                             says_state, says_whose, situation_named, situation_said)
from actions.context import (ANOTHER_ITEM_SCORE, CLOSEST_MIN_SCORE, DOCUMENT_NAMED, LONG_REPLY, NOT_UNDERSTOOD_INTENTS,
                             SHORT_FOLLOW_UP, SHORT_POINT_QUESTION, SURE_OTHER_SCORE, about_another_item,
                             asks_how_of_held, asks_if_needed,
                             asks_next, called, case_reply_to, case_told_after, chosen_by_alias, corrected_to,
                             corrects_choice,
                             document_item_said, document_not_needed, had_material_of_held, held_family_said,
                             is_question, is_tag_question, item_gone_back_to, item_held, item_in_hand, item_name_of,
                             asks_list_again, follows_on, list_gone_back_to, said_of_item, whose_corrected,
                             offered_by_who_i_am, sibling_of_who_i_am, siblings_of_kind_said,
                             items_of_follow_up, list_picked,
                             lost_material_of_held, member_in_state, member_told_short, names_item, next_step,
                             other_items_close, other_items_read, pending_also_asked, pending_asked, pending_named,
                             says_own_name_words, score_read, short_name_said, sibling_linked, sibling_read,
                             held_sibling_told, sibling_read_surely, sibling_without_own_words, statement_to_items, statement_to_pending,
                             switches, unheard_in_hand, words_of_item_said, words_of_read)
from actions.offers import (candidate_by_case, counterpart_in_topic, faintly_read, in_hand_among_offered,
                            items_to_offer, kin_of_held, named_in_message_before, offered_alike, offered_among_read,
                            offered_best_candidate,
                            offered_by_case, offered_by_situation_name, offered_by_own_words, offered_by_state, offered_by_words, offered_in_topic,
                            offered_kin_of_read, one_offered_among, parallel_kin_read, pending_alike, sibling_by_case,
                            siblings_told_of, the_one_not_had, word_of_held_read)
from actions.points import (CLAUSE_END, POINT_FOUND_START, UNSURE_ASPECT, answered_by_its_lines, asks_a_point,
                            asks_guide_point, asks_where_for_a_point, faq_asked, faq_if_not_done, faq_of_a_clause,
                            faq_of_loss, faq_of_one_offered, faq_turned_to, held_lines_on_topic, keyword_of_held,
                            may_i_misread, picks_an_option, says_the_opposite, status_told, tells_guide_point,
                            tells_status)
from actions.turn import ASPECT_OF_INTENT, Reply, Turn
from bot.privacy import KEPT_ANSWER, asks_if_kept, mentions_personal_number
from bot.spelling import english_sentence_read, reads_as_english
from bot.text import DOCUMENT_END
from knowledge.asking import (GOT_AT_ONCE, KIND_OF_PLACE, aspects_asked, asks_amount, asks_if_all_told, asks_only,
                             asks_said_again)
from knowledge.company_debts import debts_answer
from knowledge.complaints import (EMPLOYER_COMPLAINT_ITEM, complaint_answer, complaint_kind, complains_of_others,
                                  complains_outright, employer_wronged)
from knowledge.condition_checks import (ELSEWHERE_KIN, age_check, age_told_later, checks_of, contribution_check,
                                        least_age_check, local_only_rule, minimum_met, resignation_check, tells_age)
from knowledge.retirement_age import (PUBLIC_SECTOR_PROCEDURE, PUBLIC_SECTOR_SAID, RESIDENT_AGE, RESIDENT_SCHEME,
                                      birth_year_said, resident_pension_line)
from knowledge.agencies import agency_asked, agency_items
from knowledge.contacts import (HOTLINE_ANSWER, agency_named, asks_contact, asks_hotline, contact_lines, contacts_answer,
                                office_named)
from knowledge.differences import asks_difference, districts_compared, items_compared, situations_compared
from knowledge.crisis_signs import CHECK_IN, CUT_SELF, POISON_SELF, at_hand as crisis_at_hand, tells_of_a_death
from knowledge.emergencies import (NO_SIGNS_KIND, RELUCTANT, VIOLENCE, beside_a_service, follow_up_asked,
                                  danger_answer, danger_context, danger_follow_up, danger_said, divorce_after_violence,
                                  papers_kept, says_where_to_report, service_read, still_in_danger)
from knowledge.faq_matching import item_loss_faq, tells_loss
from knowledge.guides import business_key, family_key
from knowledge.hours import hours_answer
from knowledge.glossary import apart_asked, meaning_asked, meaning_asked_in, one_thing_named_twice
from knowledge.life_events import (PROCEDURES, asks_what_else, death_event, default_events, event_asked, event_named,
                                   event_touched, events_with, hardship_asked)
from knowledge.notice import (BRIEF_ASPECTS, CLOSING, HOTLINE, NOTICE_START, amount_text, answer_for_each, aspect_answer,
                             one_time_notice, pays_out, says_amount, trip_line)
from knowledge.outside import default_services, how_it_is_done
from knowledge.proxy import FOR_SOMEONE_ELSE, PROXY_SITUATION, own_of_pair, proxy_answer, proxy_extra
from knowledge.situations import age_below, meanings_of, situations_said, tells_case, usual_situation
from knowledge.specifics import (BY_PHONE, NOT_FOUND, POINT_WORDS, PURPOSE, asks_about_age, asks_deadline, asks_if_may,
                                 field_answer, field_asked, field_asked_alone, names_point_word, point_answer, points_of)
from knowledge.notices import genuine_notice_answer
from knowledge.topics import (KINDS_ASKED, allowances_asked, group_asked, group_of, in_topic, option_value,
                              topic_asked, topic_mentioned)

ALL_DISTRICTS = "*"
# below this confidence an aspect question (要登报吗: ask_fee at 0.18) is answered with what
# the guide says about its point, not with the field guessed (knowledge.specifics)
# aspects the notice answers together with the rest: asked beside another, the notice is given
NOTICE_COVERS = {"materials", "conditions", "process"}
# aspects whose words say them plainly (多少钱, 要不要钱, 网上能办吗, 多久, 周六, 能代办吗): they
# win over the intent classifier (要不要钱 was ask_materials at 0.6)
PLAIN_ASPECTS = {"fee", "online", "time_limit", "hours", "proxy", "conditions"}
# aspects a statement after their answer does not ask again (我是外地户口 after 能代办吗)
NARROW_ASPECTS = {"proxy", "fee", "time_limit", "online", "hours", "process"}
# those a message not understood still asks by its words, of the item in hand (not 多少天 or 多少钱:
# 冷静期是多少天 asks about a point, which an FAQ may name)
SAID_WHILE_NOT_UNDERSTOOD = {"hours", "proxy", "online", "conditions"}
# ...and these asked in nothing but asking words (要好久, 多少钱: r16 QA; not 冷静期是多少天 nor 我离职多久了), or how
# much one pays in (每个月交多少)
SHORT_ASKED = {"time_limit", "fee"}
# words pointing back at the item in hand (那刚才说的要几天 while 出生登记's district is asked: "not in scope"; r29 QA)
_SAID_BEFORE = ("那", "刚才说的", "刚刚说的", "刚才那个", "刚刚那个", "你刚才说的", "你说的", "上面说的", "这个", "那个", "办这个",
                "办那个")
_PAYING_HOW_MUCH = re.compile(r"(?:那)?(?:每个?月|每年|一个月|一年|一月)?(?:大概|一般)?(?:要|得)?(?:交|缴)多少(?:钱)?(?:啊|呢|呀)?[？?]?")
# the intent that asks for each of the plain aspects (the days open come with the place)
INTENT_OF_ASPECT = {**{aspect: intent for intent, aspect in ASPECT_OF_INTENT.items()}, "hours": "ask_place"}
ASPECT_JOIN = "+"   # several aspects kept in the aspect slot while an item is chosen: "time_limit+online"
EXAMPLES = "例如：“身份证丢了怎么补办”“提取公积金要带什么”“怎么办居住证”。"

ASK_WHAT = f"您好，请问您要办理什么事项？{EXAMPLES}"
PERSONAL_NUMBER_NOTE = ("温馨提示：为保护您的个人信息，请不要在对话中发送身份证号、手机号或银行卡号，我这里也用不到："
                        "我只提供办事指南，查不到个人的办理、缴费记录；查个人记录请通过政务服务App、电子社保卡或到窗口查询。")
AGE_BELOW = "您说的年龄是{age}岁，{name}要求年满{minimum}周岁，目前还不符合条件，满{minimum}周岁后即可申请。"
# what an aspect is called when it is asked with no item (你们几点下班, 要带什么)
ASPECT_WORDS = {
    "materials": "要带的材料", "time_limit": "办理时限", "fee": "收费", "place": "办理地点和办公时间",
    "online": "网上办理入口", "conditions": "办理条件", "process": "办理流程", "proxy": "能否由他人代办",
}
ASK_WHAT_FOR = "不同事项{words}不一样，请问您要办理什么事项？" + EXAMPLES
WHICH_PROGRESS = "请问您要查询哪个事项的办理进度？例如：“护照办理进度怎么查”。"
PROGRESS_ANYWHERE = (f"抱歉，我查不到您个人的办理进度。一般可以凭受理回执上的受理编号，在受理部门的网上平台或政务服务网的"
                     f"“办件查询”中查询，也可以拨打受理窗口的电话或{HOTLINE}政务服务便民热线查询。")
PROGRESS_WHICH_OF = "如果是下面的事项，回复序号，我告诉您它的查询方式和承诺办结时限："
PROGRESS_MIN_SCORE = 0.03   # the linker's faintest read of an item worth offering for its progress
PROGRESS_WORDS = ("进度", "到哪一步", "哪一步", "到哪", "办到", "审核", "审批", "查询", "查", "没有", "好了", "现在", "目前",
                  "的", "我", "一步", "步")
NOT_IN_SCOPE = "抱歉，这个问题不在我能解答的政务服务事项范围内，我不能给您准确的答复。"
OUTSIDE_CATALOG = "抱歉，“{name}”不在我能解答的政务服务事项范围内，我不能给您准确的办事指南。这类事项一般由{department}办理，建议直接向当地该部门咨询。"
# ...one whose few facts the knowledge base keeps (人身安全保护令: where, how, no fee, how fast)
# (not "不是政务服务事项": 就业困难人员认定 and 独生子女证补办 are, only not in this catalog; r86 QA read)
OUTSIDE_CATALOG_HOW = "“{name}”的办事指南我这里没有，一般由{department}办理，要点如下：{how}"
# the closest items to a message that was not understood: it may be one of them said in a way
# not recognised for sure ("我想把户口迁到我老公那里"), or a question outside the catalog
CLOSEST_ITEMS = "我还不能确定您要办理的是哪个事项。如果是下面的事项，请回复序号："
NONE_OF_THEM = "如果都不是，这个问题可能不在我能解答的政务服务事项范围内。"
ONE_CLOSEST = "我还不能确定您要办理的是不是“{name}”。如果是，请点选下方按钮或回复1；如果不是，这个问题可能不在我能解答的政务服务事项范围内。"
HOTLINE_HELP = f"如需帮助，请拨打{HOTLINE}政务服务便民热线（7×24小时）。"
WHICH_ITEM = "请问您要办理的是哪一项？"
WHICH_KIND = "{name}的业务比较多，请问您要办理哪一类？"
NO_SUCH_OPTION = "没有这一项，请从下面选择："
NO_OPTIONS_NOW = ("现在没有需要选择的选项。请直接告诉我您要办理的事项，或想了解的内容，"
                  "例如：“要带什么材料”“在哪里办”。")
NEEDS_THE_LOST = ("注意：{name}要用到{document}，您的{document}也丢了，请先向{department}补办{document}，"
                  "或在办理前向办理地点确认能否凭其他材料（如户籍证明）办理。")
OUTSIDE_AGAIN = ("您问的应该还是“{name}”吧？它不在我能解答的政务服务事项范围内，{words}我无法准确告诉您，"
                 "建议向当地{department}咨询。如果您要办的是别的事项，请直接告诉我事项名称。")
# a service outside the catalog, to one writing in English (its own English: who handles it and how)
OUTSIDE_IN_ENGLISH = ("Sorry, this service (“{name}”) is not among those whose guides I hold, so I cannot give you its exact "
                      f"checklist. {{english}} For help, please call the {HOTLINE} hotline.")
OUTSIDE_AGAIN_IN_ENGLISH = ("This is still about “{name}”, whose guide I do not hold, so I cannot tell you that exactly. "
                            f"{{english}} The office named there can answer it; or call the {HOTLINE} hotline.")
OUTSIDE_TOO = "另外，您问到的“{name}”不在我能解答的政务服务事项范围内，这类事项一般由{department}办理，建议直接向当地该部门咨询。"
UNREAD_TOO = "另外，您问到的“{name}”不在我能解答的政务服务事项范围内，可以拨打12345政务服务便民热线（7×24小时）咨询由哪个部门办理。"
NOT_THIS = "抱歉，我没有理解准确。请换个说法告诉我您要办理的事项，例如“营业执照丢了怎么补办”。"
CHOOSE_FIRST = "请先告诉我您要办理的是下面哪一项："
DISTRICT_NOTED = "好的，记下了：{district}。"
NOT_QUITE = "抱歉，我没有完全理解。"
WHICH_KIND_AGAIN = "请问您要办理哪一类？"
SAID_AGAIN = "好的，我再说一遍："
SAID_AGAIN_IN_ENGLISH = "Sure, here it is again:"
HAD_MATERIAL = "好的，{material}是{name}要带的材料之一，办理时带上即可。"
GUESS_TAKEN = "以下按“{name}”回答；如果这不是您要办的事项，请直接告诉我您要办什么。"
CASE_FITS = "您说的情况可能要办下面的事项，请问是哪一项？"
NARROWED = "您说的情况符合下面{count}种情形，请问是哪一种？"
ALIKE_OFFERED = "您说的可能是下面几项中的一项，请问是哪一项？"
NO_OFFICE_IN_DISTRICT = "{name}在{district}没有单独的办理点，可到下面的地点办理："
DISTRICT_NOT_HERE = "办理地点里没有“{district}”，请对照下面的地点选离您近的："
NO_SUCH_DISTRICT = "下面的办理地点里没有“{district}”，可以选离您近的区，或选“不清楚 / 全部列出”。"
NOT_OUR_DISTRICT = "本市的办理地点里没有“{district}”；不在本市的，请向当地政务服务中心咨询。在本市办理的，"
OK_THEN = "好的。"
SITUATION_NOW = "好的，按“{situation}”办理。"
SAME_CASE = "好的，上面告知的就是{name}“{situation}”情形的材料和要求，按它准备即可。还有其他想了解的，直接问我就行。"
# (就在本地换 to the district question: "好的。" and the question again; r27 QA: here, in this city, no district named)
_ANY_DISTRICT = re.compile(r"都行|都可以|都成|随便|无所谓|哪个都|哪都|哪里都|哪儿都|人少|最近的?|离我近|全部|都列出"
                           r"|^(?:就)?(?:在)?(?:本地|本市|市里|这边|这里|咱这|我们这)(?:办|换|补|弄|申请)?(?:就行|吧)?[。!！~～\s]*$")
ALSO_TO_DO = "是的，“{name}”也是要办的事项之一。"
ANOTHER_ITEM_TOO = "这是另一个事项“{name}”，要单独办理："
DONT_KNOW = f"没关系。{{question}}请按您的实际情况选最接近的一项；实在拿不准，可以拨打{HOTLINE}政务服务便民热线或向办理窗口咨询。"
DONT_KNOW_WHICH = f"没关系。请选最接近您情况的一项，我会告诉您要带的材料和办理地点；实在拿不准，可以拨打{HOTLINE}政务服务便民热线咨询。"
NONE_FITS = (f"{{question}}如果都不符合您的情况，可以换个说法告诉我您的情况（例如在哪里丢的、户口在不在本市），"
             f"或拨打{HOTLINE}政务服务便民热线、向办理窗口咨询。")
_NONE_OF_THEM = re.compile(r"^(?:都不是|哪个都不是|都不对|都不符合|两个都不是|都没有)$")
_DONT_KNOW = re.compile(r"不知道|不清楚|不确定|不晓得|搞不清|分不清|拿不准|说不好|不懂")
# what to do first asked, not which option (脑子乱得很 不知道先干啥 to 继承公证's situations after 家人去世: "请选最接近的一项";
# r45 QA)
# (先办哪个, 哪个先办 to the event's own items: the order they are listed in, EVENT_ORDER)
_WHAT_FIRST = re.compile(r"(?:先|该|得)(?:干|做|办|弄)(?:点)?(?:啥|什么|哪样)|从哪(?:里|儿)?(?:开始|下手|办起)")
# what an option's words mean, asked (省直是啥, 什么是非省直, 啥意思)
_ASKS_MEANING = re.compile(r"是啥|是什么(?!时候|地方)|什么是|啥是|什么意思|啥意思|指什么|指的是什么|指啥")
OTHER_ITEM_HINT = "如果您要办的其实是“{name}”，请直接告诉我“{name}”。"
FAQ_OPTIONS = NOT_IN_SCOPE + "如果您问的是{name}，它的常见问题有："
FAQ_OPTIONS_HINT = "回复序号查看解答；也可以问我要带什么材料、多久办好、收费吗、在哪里办。"
WHICH_SITUATION = "{name}在不同情形下所需材料不同，请问您属于哪种情形？"
USUAL_ASSUMED = "{name}按最常见的“{usual}”（{means}）告知；如属于{others}，请告诉我。"
OWN_ASSUMED = "{name}按“{own}”告知；如{other}{extra}。"
REPLY_BY_BUTTON = "（点选下方选项或回复序号）"
WHICH_DISTRICT = "{name}在各区的办理地点不同，请问您在哪个区办理？"
ALL_DISTRICTS_TITLE = "不清楚 / 全部列出"
# (not "only in Chinese": English questions on a service are answered, its guide in Chinese; r76 QA)
IN_ENGLISH = ("Sorry, I could not find a government service I hold a guide for in your message. I understand short questions "
              "in English (for example \"I lost my passport\"), but the guides are in Chinese; "
              f"for help in English, please call the {HOTLINE} hotline.")
# (said first: after a Chinese "是不是…？" it read as a refusal of its own question; r20 QA)
IN_ENGLISH_GUESS = ("Sorry, I am not sure which government service you mean. If it is the service named below, reply with "
                    f"its number; for help in English, please call the {HOTLINE} hotline.")
IN_ENGLISH_ANSWERED = ("The answer below is in Chinese, as the service guides are. "
                       f"For help in English, please call the {HOTLINE} hotline.")
IN_CHINESE_PLEASE = f"请用中文告诉我您要办的事，例如“护照过期了怎么换”。{HOTLINE_HELP}"
FAQ_MARK = "的常见问题——"
FAQ_ANSWER = "关于{name}" + FAQ_MARK + "{question}\n{answer}"
NO_LIST_YET = "上面回答的是您问的问题，还没有列材料清单。如果要办理{name}，请问我“要带什么材料”，我把材料、时限和地点一次告诉您。"
# what a message that lists materials says (a notice, the materials asked, all told)
_MATERIALS_LISTED = re.compile(r"申请材料|需要以下材料|材料（共|项材料|要带的")
FAQ_MORE = "如需完整的材料清单，请问我“要带什么材料”。"
NOT_AMONG_MATERIALS = "{name}的申请材料中没有列出“{thing}”，不用提供。"
SEVERAL_ASKED = "您问到了{count}个事项：{names}，我一项一项告诉您。"
ALSO_ASKED = "您要办的还有：{names}。点选下面的事项或回复它的名称，我接着告诉您怎么办。"
STILL_TO_DO = "办完{name}，您还要办：{names}。这一项说完后，我接着提醒您。"
WHICH_TO_COME = "点选下面的事项或回复它的名称，我接着告诉您怎么办。"
EVENT_ITEMS_AGAIN = "要办的就是上面这几件事（看您的情况，有的可能不用办）。请回复序号，我逐项告诉您要带的材料、时限和地点："
EVENT_ORDER = ("一般按下面的先后顺序办理（前面办完拿到的证件，常常是后面要带的材料）；看您的情况，有的可能不用办。"
               "请回复序号，我逐项告诉您要带的材料、时限和地点：")
# which first (先办哪个, 哪个先办, 顺序是啥)
_WHICH_FIRST = re.compile(r"先办哪|先办什么|先办啥|先去哪|哪个先|哪一个先|哪样先|先后|顺序|先弄哪|先做哪|先补哪|先搞哪|先跑哪"
                          r"|先去(?:弄|办|补|搞)哪"
                          # (先干啥 after 家人去世's list: the same list again, no order; r46 QA)
                          r"|先(?:干|做|弄)(?:点)?(?:啥|什么|哪样)|从哪(?:里|儿)?(?:开始|下手|办起)")
# (numbered: "4" typed is the fourth of these, as a number picks them; unnumbered, 4 was read as another list's)
ALSO_ASKED_NUMBERED = "您要办的还有：{names}。点选下面的事项或回复序号，我接着告诉您怎么办。"
LIFE_EVENT = "{name}，一般要办下面这几件事（各地“高效办成一件事”清单略有不同，可能可以一次申请）："
ALSO_IN_EVENT = "{name}的办事指南没有列出要一起办的其他事项。如果是“{event}”，一般还要办下面这几件事（各地清单略有不同）："
NOTHING_ELSE_LISTED = "{name}的办事指南没有列出要一起办的其他事项。具体情况请向办理地点咨询，或拨打{hotline}政务服务便民热线。"
LIFE_EVENT_HINT = "回复序号，我告诉您该事项要带的材料、时限和地点；其余的随后提醒您。"
ALSO_OF_EVENT = "您还问到了{name}后要办的其他事。{name}，一般还要办下面这几件事（各地“高效办成一件事”清单略有不同，可能可以一次申请）："
ALL_TOLD = "{lead}办理{name}{situation}，要带的就是上面列的{count}项材料{sometimes}。"
ALL_TOLD_LEAD, NOTHING_MORE_TO_BRING = "是的。", "不用带别的了。"
ONLY_IN_A_CASE = "（其中{count}项注明了“需要时提供”，只在说明的情形下才带）"
NOTHING_TO_COME = "您问到的事项里，没有别的还没说的了。"
OUTSIDE_TOLD_BEFORE = "“{name}”不在我能解答的范围内，办理部门上面已经告诉您了。"
ALL_TOLD_PENDING = "另外，还有{count}件事等着告诉您，回复“下一个”接着看。"
ALL_TOLD_END = "还有不清楚的，可以接着问我。"
WHAT_ELSE = "好的。关于{name}，您还想了解什么？可以问我要带什么材料、多久办好、收费吗、在哪里办。"
ANYTHING_ELSE = "好的。还有其他要办理的事项吗？直接告诉我就行。"
NOTHING_MORE = "好的。如还有其他要办理的事项，随时告诉我。"
# one payment made, asking what else is to pay (契税交了还要交啥, 税交完了还要付什么钱)
_PAID_ALREADY = re.compile(r"(?:交|缴|付)(?:过|完)?了.{0,4}还(?:要|得|需要)?(?:交|缴|付)(?:啥|什么|哪些|多少)")
CANCELLED = "好的，那就先不办了。以后需要时随时问我，也可以拨打12345政务服务便民热线。"
# the citizen gives up on what was asked (算了不办了, 先不办了, 不用了, 算了): no item to answer
_CANCEL = re.compile(r"^(?:那|哦|噢|嗯|我)?[，,\s]*(?:算了(?:吧|算了)?|(?:算了)?[，,\s]*(?:先|暂时|还是)?(?:不办了|不弄了|不用了|不需要了|不想办了|不去了|不问了))"
                     r"(?:[，,\s]*谢谢)?[吧啊呀。.!！~～\s]*$")

WHAT_THEN = f"好的。请问您要办理什么事项？{EXAMPLES}"
CHOOSE_BELOW = "请从下面选择（回复序号或名称）："
NOTHING_SAID_ON = "关于{name}，您还想了解什么？可以问我要带什么材料、多久办好、收费吗、在哪里办；办理其他事项请直接告诉我。"


MANY_THINGS_ASKED = "您的留言里问了好几件事，我先回答能认出的部分；其他的事请一条消息问一件发给我，我逐一告诉您。"
MANY_THINGS = 3   # needs in one message (numbered, or questions in as many clauses) that are more than a reply covers
# (and 1）…2）…, （1）, 1、: the long message of r25 QA)
_NUMBERED_NEED = re.compile(r"第[一二三四五六七八九1-9][个件点条]?(?:事|问题)?|[一二三四五]是|还有一[个件]事|另外一[个件]"
                            r"|(?:^|(?<=[\s，,。；;：:]))[（(]?[1-9一二三四五][)）、.．](?!\d)")
MANY_THINGS_LONGEST_ONE = 120   # characters of a message that still asks one thing with its story
MANY_THINGS_LONGEST_NUMBERED = 40   # ...and of one that numbers what it says (1、2、3、 steps of one thing, briefly)


def asks_many_things(text: str) -> bool:
    """Whether a long message asks ``MANY_THINGS`` or more things: numbered (第一个事…第二个事…) or as questions in that
    many clauses."""
    return things_asked(text) >= MANY_THINGS


def things_asked(text: str) -> int:
    """How many things a message asks, as far as that can be told: the needs it numbers (1）…2）…3）…4）…: four, in 100
    characters; r25 QA), ``MANY_THINGS`` for a long one with questions in five clauses or more, else 0."""
    text = normalize("NFKC", text or "")
    numbered = len(set(m.group().strip() for m in _NUMBERED_NEED.finditer(text)))
    if numbered >= MANY_THINGS and len(text) > MANY_THINGS_LONGEST_NUMBERED:
        return numbered
    if len(text) <= MANY_THINGS_LONGEST_ONE:
        return 0
    questions = sum(1 for clause in CLAUSE_END.split(text) if clause and is_question(clause))
    return MANY_THINGS if questions >= MANY_THINGS + 2 else 0


# the rest of several things asked (那其他几件呢, 剩下的呢), when no items are waiting to be told
_THE_OTHERS = re.compile(r"^(?:那|那么)?(?:其他|其它|其余|剩下|另外)(?:的|几件|几个|那几件|那几个|几样)?(?:事|事情|问题)?"
                         r"(?:呢|怎么办|咋办|怎么说|怎么弄)?[？?。!！\s]*$")
ONE_AT_A_TIME = "请把其他的事一件一件发给我（每条消息问一件），我逐一告诉您。"


# asking for the result of a lookup the assistant never makes (查到了吗, 查好了没, 结果出来了吗)
_LOOKUP_RESULT = re.compile(r"^(?:那|那么|请问|你|您)?(?:帮我)?(?:查到了?|查好了?|查出来了?|查了)(?:吗|没有?|么|没)?"
                            r"[？?。!！~～\s]*$|^(?:查询|查的)?结果(?:呢|出来了吗|怎么样)[？?。!！\s]*$")
NO_LOOKUP = "我这里只提供办事指南，查不到个人的办理、缴存和缴费记录。"
# how much is left on one's own card or account (医保卡里还有多少钱, 公积金余额多少)
_BALANCE = re.compile(r"(?:卡里|卡上|卡内|账户里|账户上|账上|账户)(?:面)?(?:还|现在)?(?:有|剩|剩下|剩了)?(?:多少钱|多少余额|多少)"
                      r"|余额(?:是|有|还有|剩)?多少|(?:查|看)(?:一下|下|看)?(?:我的?)?[^\W\d_]{0,4}余额"
                      # (帮我查下我公积金还有多少钱: out of scope; r45 QA)
                      r"|(?:公积金|医保|社保|养老金|养老保险)(?:里|里面|上|账户里?)?(?:还|现在|一共)?(?:有|剩|剩下|剩了|存了|攒了)"
                      r"(?:多少钱|多少)")
NO_LOOKUP_ONLINE = "您可以自己查询：{entry}。"
NO_LOOKUP_ELSEWHERE = "查个人记录请通过政务服务App、电子社保卡或到办理窗口查询。"


_FUNDS = ("公积金", "医保", "医疗保险", "社保", "社会保险", "养老")


def cancels(text: str) -> bool:
    """Whether ``text`` gives up on what was being asked (算了不办了, 先不办了, 不用了)."""
    return bool(_CANCEL.match(normalize("NFKC", text or "").strip()))


# characters of a story asking what allowances there are, told with more than one allowance's case (下岗了 娃还在上学 老公身体
# 也不好: the kinds of allowance; 我爸80多了有没有补贴: the one guessed, 高龄津贴)
ALLOWANCES_STORY = 20
# whose a thing is, said before it (娃的出生医学证明拿到手了: the certificate's situations; r75 QA)
_WHOSE_SAID = re.compile(r"(?:娃|孩子|宝宝|小孩|闺女|儿子|我们|我家|俺家|俺们|咱家|我俩|我)(?:的|家的)?"
                         # ...when and with whom (今天跟对象把证领了！; r75 QA)
                         r"|今天|昨天|前天|刚刚|刚才|刚|已经|终于|上午|下午|(?:跟|和)(?:对象|老公|老婆|媳妇|男朋友|女朋友|爱人|另一半)"
                         # ...whose family, and who gave it (我爸的死亡证明开好了; 医院给开了死亡证明: the certificate's situations
                         # or its notice; r76 QA)
                         r"|(?:我|俺|咱)?(?:爸|妈|父亲|母亲|老爸|老妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|老伴|老人|家人)(?:的)?"
                         r"|(?:医院|医生|大夫|民政局|派出所|社区)(?:那边|已经)?(?:给)?(?:开了|开好了)?")
# what comes next, asked after a document got (宝宝出生证办下来了 然后呢; r76 QA), and the sentence's end
_THEN_ASKED = ("接下来", "然后", "下一步", "干嘛", "干啥", "做啥", "做什么", "还要", "还得", "接着", "之后", "后面", "了", "啦")
def _reissues_for(store, item_id: str, items) -> bool:
    """Whether ``item_id`` reissues a document an item of ``items`` issues: a 补 item of the same family (补领婚姻登记证
    beside 内地居民结婚登记)."""
    found = store.item(item_id) if item_id else None
    return found is not None and "补" in found["name"] \
        and any(family_key(item_id) == family_key(other) for other in items)


# money one gets or is paid back whose name says 费 (丧葬费, 医疗费): no fee of the service
_MONEY_GOT = re.compile(r"丧葬费|(?:生育)?医疗费|住院费|门诊费|药费|护理费|取暖费|生活费|抚养费|赡养费|丧葬补助")


def said_again(turn: Turn) -> Reply:
    """The assistant's last messages once more (刚才说的再说一遍; r83 QA: "抱歉，我没有完全理解"), what it holds kept."""
    reply = Reply().say(SAID_AGAIN_IN_ENGLISH if written_in_english(turn.text) else SAID_AGAIN)
    # (not "抱歉，我没有完全理解" again, said of the message before: 刚才说的没看清 to the districts asked; r86 QA)
    reply.messages.extend({"text": (message.get("text") or "").removeprefix(NOT_QUITE),
                           **{key: value for key, value in message.items() if key != "text" and value}}
                          for message in turn.said_last
                          if message.get("text") not in (SAID_AGAIN, SAID_AGAIN_IN_ENGLISH))   # (asked twice)
    reply.slots.update({name: value for name, value in (("outside_in_context", turn.outside_in_context),
                                                         ("danger", turn.danger)) if value})
    return reply


def answer(turn: Turn, store) -> Reply:
    if turn.said_last and asks_said_again(turn.text):
        return said_again(turn)
    english = written_in_english(turn.text)
    if english and (item_held(turn) or turn.options) and not turn.outside_in_context \
            and (said := aspects_asked(read := english_sentence_read(turn.text))):
        # how long does it take and is it free? with 社保卡申领 in hand: its Chinese reading's aspects (it was "没有完全
        # 理解"; r42 QA)
        turn = replace(turn, text=read, intent=INTENT_OF_ASPECT.get(said[0], turn.intent), confidence=1.0)
    elif english and turn.linked_item and "外国人" in (read := english_sentence_read(turn.text)) \
            and danger_said(turn.text) is None:
        # how can a foreigner get a social security card in china?: the citizen's situations, not the FAQ on foreigners
        # (r45 QA): the item's FAQs read in the message's Chinese terms
        turn = replace(turn, text=read)
    if (turn.intent in ("affirm", "deny") or (turn.intent in NOT_UNDERSTOOD_INTENTS and item_held(turn)
                                               and is_tag_question(turn.text)
                                               and len(reply_core(turn.text)) <= SHORT_POINT_QUESTION)) \
            and is_question(turn.text) and (asked := aspects_asked(turn.text)) and asked[0] in INTENT_OF_ASPECT:
        # 是不是不要钱, read as a yes: the fee asked (r47 QA); 不要钱是吧, read as nothing, with the item in hand (r49 QA)
        turn = replace(turn, intent=INTENT_OF_ASPECT[asked[0]])
    elif turn.intent == "ask_fee" and aspects_asked(turn.text) == ["conditions"]:
        # the conditions asked in so many words, the fee guessed (收入要求是多少, 收入 read like 收费; r68 QA)
        turn = replace(turn, intent="ask_conditions")
    elif turn.intent == "ask_fee" and _MONEY_GOT.search(turn.text or "") and not aspects_asked(turn.text) \
            and not re.search(r"费|钱", _MONEY_GOT.sub("", turn.text)):
        # money one gets or is paid back named, no fee asked (先说丧葬费吧 after the items of a death: "收费标准：不收费";
        # r72 QA): its guide
        turn = replace(turn, intent="ask_guide")
    named = [i["id"] for i in turn.named_items]
    first = named[0] if len(named) >= 2 and turn.linked_item in named and named[0] != turn.linked_item else None
    if len(named) >= 2 and not turn.linked_item and not turn.options and all(store.item(i) for i in named):
        # a long story naming two items, read out of scope as a whole (…社保要不要转过来 孩子上学要啥…): "您问到了2个事项"
        # then "不在…范围内" (r32 QA); the first named first
        first = named[0]
        turn = replace(turn, in_scope=True)
    if first:   # 驾驶证丢了怎么补，还有行驶证也丢了: the first named first (the linker's best was 行驶证)
        turn = replace(turn, linked_item=first, item=first)
    debts = debts_answer(turn.linked_item, turn.text) if not turn.options and turn.linked_item else None
    if debts and danger_said(turn.text) is not None:
        debts = None   # (a danger beside it is answered first, by ``_answer_turn``)
    if debts and debts[1] is None:   # (个人独资企业注销，外面还欠别人钱没还清: no item closes it; r86 QA)
        return Reply(slots={"service_item": None, "situation": None}).say(debts[0])
    if debts and store.item(debts[1]) is not None and debts[1] != turn.linked_item:
        # 公司不想做了要注销，账上干干净净，没有欠债: 企业简易注销登记, not the 公司注销 notice (r85 QA)
        first = debts[1]
        turn = replace(turn, linked_item=first, item=first)
    reply = _answer_turn(turn, store)
    if debts and noticed_item(reply) == debts[1]:
        # (我们公司要关门注销，但是还欠供应商几十万货款没还: the hours, for 关门; r85 QA) what the debts mean, first
        reply.messages.insert(0, {"text": debts[0]})
    if first:
        reply.slots.setdefault("service_item", first)   # Rasa's slot followed the linker
    with_situations_told(reply.slots.get("options"), turn.text, store)
    reply = with_condition_checks(reply, turn, store)
    reply = with_age_told_later(reply, turn, store)
    reply = with_benefits_asked(reply, turn, store)
    reply = with_materials_of_all(reply, turn, store)
    reply = with_what_to_bring(reply, turn, store)
    reply = with_need_answered(reply, turn, store)
    reply = with_public_sector(reply, turn)
    reply = with_event_touched(reply, turn, store)
    reply = with_meaning_asked(reply, turn, store)
    reply = with_one_thing_told(reply, turn)
    if mentions_personal_number(turn.text):   # 我身份证号是…: not needed, and no record is looked up with it
        reply.messages.insert(0, {"text": PERSONAL_NUMBER_NOTE})
    if english and reply.messages \
            and not any(m.get("text", "")[:1].isascii() and m.get("text", "")[:1].isalpha() for m in reply.messages):
        # (not beside an answer in English already: a service outside the catalog, a danger; r42, r44 QA)
        # Hi, I lost my passport… answered in Chinese with not a word in English (r25 QA)
        reply.messages.insert(0, {"text": IN_ENGLISH_ANSWERED})
    if reply.messages and len(named) < things_asked(turn.text):
        # a long message with four or five needs answered for one (or two) without saying so (r22, r23 QA)
        reply.messages.insert(0, {"text": MANY_THINGS_ASKED})
    return reply


def with_situations_told(options: Optional[List[Dict[str, str]]], text: str, store) -> None:
    """Items offered to choose from remember the situation of each that ``text`` tells (小孩要上初中了 怎么报名:
    义务教育阶段入学's 初中一年级新生), so that the one chosen is not asked it again (r15 QA)."""
    if "还是" in (text or ""):
        return   # 要单位去办还是我自己去: a choice asked, no case told (its 我自己 is no 本人申请)
    for offered in options or []:
        if offered.get("kind") == "item" and "situation" not in offered:
            names = [s["name"] for s in store.situations(offered["value"])]
            if len(names) > 1 and (said := situation_said(text, names)) is not None:
                offered["situation"] = said


# the employee's retirement items, which one in a public institution does not apply for
_EMPLOYEES_RETIREMENT = ("renshe.yanglao.retire", "renshe.yanglao.early")


def with_public_sector(reply: Reply, turn: Turn) -> Reply:
    """我在事业单位上班，学校老师…啥时候能退休, then 退休手续要准备啥: the age, then the enterprise employee's notice and
    materials (r43 QA). One in a public institution, said now or in the message before, gets the public sector's
    procedure instead of the employee's retirement item (the age lines kept)."""
    item_id = reply.slots.get("service_item", turn.item)
    said = f"{turn.before or ''}，{turn.text or ''}"
    if item_id not in _EMPLOYEES_RETIREMENT or not PUBLIC_SECTOR_SAID.search(said):
        return reply
    kept = [m for m in reply.messages if m.get("text", "").startswith(("按渐进式", "您说"))]
    return Reply(messages=kept + [{"text": PUBLIC_SECTOR_PROCEDURE}],
                 slots={**reply.slots, "options": None, "situation": None})


def with_need_answered(reply: Reply, turn: Turn, store) -> Reply:
    """是不是要先办居住登记 beside the case that chose 居住证申领 among the items offered: only its district asked (r43 QA).
    A question whether something is needed, of the item the reply turns to while it asks that item's situation or
    district, gets what the guide says of it first, when it says something and the reply did not."""
    item_id = reply.slots.get("service_item", turn.item)
    asked = [o for o in reply.slots.get("options") or [] if o.get("kind") in ("situation", "district")]
    if not item_id or not asked or not asks_if_needed(turn.text) or store.item(item_id) is None \
            or any(m.get("text", "").startswith(("关于", "您说")) for m in reply.messages):
        return reply
    clause = next((c for c in CLAUSE_END.split(turn.text or "") if asks_if_needed(c)), turn.text)   # (not 半年 told before it)
    if (faq := faq_asked(store, item_id, replace(turn, text=clause))) is not None:   # (with its guards: opposites …)
        reply.messages.insert(0, {"text": FAQ_ANSWER.format(name=item_name(store, item_id), question=faq.question,
                                                           answer=faq.answer)})
    elif (said := point_answer(store, item_id, clause, needed=True) or "").startswith(POINT_FOUND_START):
        reply.messages.insert(0, {"text": said})
    return reply


def with_condition_checks(reply: Reply, turn: Turn, store) -> Reply:
    """我交了5个月能贷吗, 老人是外地户口: first, whether what the message says of the case meets
    the conditions of the item answered about (``checks_of``: the time paid in, a
    household registered elsewhere); instead of a reply that did not understand it or
    answered by shared words, with the pending question, if any, once more."""
    item_id = reply.slots.get("service_item", turn.item)
    offered = reply.slots.get("options", turn.options) or []
    if offered and all(o.get("kind") == "item" for o in offered):
        # 俺今年59了 男的…到岁数能退了不 → 是不是“正常退休申请”？ (or it and 提前退休): the asker's age against the retirement
        # age of the first item offered that sets one, before the question (r30 QA)
        return with_age_checked(reply, turn, store, [o["value"] for o in offered])
    if not item_id or any(o.get("kind") not in ("situation", "district") for o in offered):
        return reply
    item = store.item(item_id)
    situations = [s["name"] for s in store.situations(item_id)]
    checks = checks_of(turn.text, item, situations, turn.before) if item else {}
    lines = [line for line in checks.values() if line]
    if not lines:
        return reply
    # what answered the question less well goes: not understood, lines sharing a word, an FAQ
    # sharing one (公积金贷款最多能贷多少 for 能贷吗)
    beside = ("抱歉", NOT_QUITE, POINT_FOUND_START, FAQ_ANSWER.split("{", 1)[0], f"{item_name(store, item_id)}的办事指南中没有")
    if checks["local"]:   # (the alternatives it lists are the conditions: not both; r24 QA)
        beside += (f"{item_name(store, item_id)}的办理条件：",)
    kept = [m for m in reply.messages if not m["text"].startswith(beside)]
    elsewhere = checks["residence"]
    kin = next((f["id"] for f in store.family(item_id) if f["id"] != item_id and _FROM_ELSEWHERE.search(f.get("name") or "")
                and store.item(f["id"]) is not None), None) if elsewhere else None
    if kin and not offered:
        # 孩子明年上小学 我们不是本地户口 要准备啥: the item for those from elsewhere (进城务工人员随迁子女…入学), told
        # now, not the local one's notice, which its conditions rule out (r21, r23 QA)
        said = [line for line in lines if line != elsewhere] + [ELSEWHERE_KIN.format(
            name=item["name"], rule=local_only_rule(turn.text, item, situations), kin=item_name(store, kin))]
        answered = Reply(messages=[{"text": line} for line in said],
                         slots={**reply.slots, "service_item": kin, "situation": None, "options": None, "aspect": "guide"})
        return answer_item(answered, store, kin, "guide", None, turn.district, turn.district_declined, turn.text)
    checked = Reply(messages=[{"text": line} for line in lines], slots=reply.slots)
    checked.messages += kept
    if offered and not any(len(m.get("buttons") or []) >= len(offered) for m in kept):
        # (not the hint naming the other item read, with its one button: 他被公司辞退了 lost the question; r46 QA)
        ask_pending_again(checked, store, item_id, offered)
    elif kin:
        other_item_hint(checked, store, kin)   # (the same while the local one's question waits)
    return checked


def with_age_checked(reply: Reply, turn: Turn, store, offered: List[str]) -> Reply:
    """``reply`` with the age check (``knowledge.condition_checks.age_check``) of the first of the ``offered`` items whose
    conditions set a retirement age said first, when the message tells the asker's age or birth month."""
    if not tells_age(turn.text):
        return reply   # (most lists of items: no item's rule read)
    # (and their families: 我五十五岁的女工人 还没到退休年龄吧 guessed 提前退休, whose rule sets no age; r31 QA)
    ids = list(dict.fromkeys([*offered, *(f["id"] for i in offered for f in store.family(i))]))
    items = [store.item(i) for i in ids]
    # (the item whose conditions hold the statutory table first: 正常退休申请 before 退休提取公积金)
    for item in sorted((i for i in items if i), key=lambda i: "逐步延迟" not in (i.get("conditions") or "")):
        if (line := age_check(turn.text, item)) is not None:
            # (with the time paid in told beside it checked against the minimum of that birth's year: 我妈是1968年生的 在厂里
            # 交了12年社保 got the age alone; r44 QA)
            paid = contribution_check(turn.text, item, turn.before)
            reply.messages[:0] = [{"text": line}] + ([{"text": paid}] if paid else [])
            break
    return reply


def with_age_told_later(reply: Reply, turn: Turn, store) -> Reply:
    """我是男的 after 72年出生的啥时候能退休 (each kind's age and the situations): the age for the sex or post told now of
    the birth told in the message before (``knowledge.condition_checks.age_told_later``), first, of the item in hand or
    one offered whose conditions set a retirement age; it was "抱歉，我没有完全理解" (r37 QA)."""
    if not turn.before or not tells_age(turn.before):
        return reply
    offered = [o["value"] for o in reply.slots.get("options", turn.options) or [] if o.get("kind") == "item"]
    held = [i for i in (reply.slots.get("service_item"), turn.item) if i]
    ids = list(dict.fromkeys([*held, *offered, *(f["id"] for i in [*held, *offered] for f in store.family(i))]))
    for item in sorted((i for i in map(store.item, ids) if i), key=lambda i: "逐步延迟" not in (i.get("conditions") or "")):
        if (line := age_told_later(turn.before, turn.text, item)) is None:
            continue
        if turn.item_in_context and turn.options and turn.options[0].get("kind") in ("situation", "district") \
                and not any(m.get("text", "").startswith(NOTICE_START) for m in reply.messages):
            # (女的 管理岗 while its situations are asked: the age and the question, not the guide's lines with 管理 nor
            # 排污许可 offered by 岗, the item the slot took)
            asked = Reply(slots={"service_item": turn.item_in_context} if turn.item != turn.item_in_context else {})
            return ask_pending_again(asked.say(line), store, turn.item_in_context, turn.options)
        for message in reply.messages:
            if message.get("text", "").startswith(NOT_QUITE):
                message["text"] = message["text"][len(NOT_QUITE):]
        reply.messages.insert(0, {"text": line})
        break
    return reply


# what one may get asked beside an item (办下来能领哪些补贴, 有啥福利, 有补贴吗)
_ASKS_BENEFITS = re.compile(r"(?:哪些|什么|啥|有没有|有啥|哪几样|哪几种)(?:补贴|补助|福利|待遇|优惠|政策)"
                            r"|(?:补贴|补助|福利|优惠)(?:吗|么|不|没有|有哪些|有啥)|能领(?:哪些|什么|啥)")
BENEFITS_OF_EVENT = "{name}办下来以后，还可以按条件申请：{names}。{note}"


def with_benefits_asked(reply: Reply, turn: Turn, store) -> Reply:
    """想给他办个残疾证 办下来能领哪些补贴: the certificate's notice said nothing of them (r38 QA). When the message asks what
    one may get and the item answered belongs to a life event whose other items pay out (家有残疾人's allowances), those,
    with the event's note, before the question still pending."""
    item_id = reply.slots.get("service_item") or turn.item
    if not item_id or not _ASKS_BENEFITS.search(turn.text or "") \
            or not any(item_name(store, item_id) in m.get("text", "") for m in reply.messages):
        return reply   # (想领点补贴 有啥补贴: the kinds of allowance asked, not what follows the item the linker read)
    for event in events_with(item_id):
        paying = [i for i in event.items if i != item_id and (item := store.item(i)) and pays_out(item)]
        if paying and not any(item_name(store, i) in m.get("text", "") for i in paying for m in reply.messages):
            line = {"text": BENEFITS_OF_EVENT.format(name=item_name(store, item_id), note=event.note or "",
                                                    names="、".join(f"“{item_name(store, i)}”" for i in paying)),
                    "buttons": [{"title": item_name(store, i), "payload": item_name(store, i)} for i in paying]}
            reply.messages.insert(before_the_question(reply), line)
            break
    return reply


def before_the_question(reply: Reply) -> int:
    """Where to put a line in ``reply``: before its last message when that asks a question with buttons, else last."""
    return len(reply.messages) - 1 if reply.messages and reply.messages[-1].get("buttons") else len(reply.messages)


def with_what_to_bring(reply: Reply, turn: Turn, store) -> Reply:
    """买了套二手房 过户去哪办, the first question of an item: its place, then what to bring, how long it takes and what
    it costs (the address alone sent the citizen off with nothing in hand; r25 QA). When the materials depend on a
    situation not told, that is asked, and the answer to it gives the materials."""
    item_id = reply.slots.get("service_item", turn.item)
    pending = reply.slots["options"] if "options" in reply.slots else turn.options
    if not item_id or reply.slots.get("aspect", turn.aspect) != "place" or pending \
            or reply.slots.get("pending_items", turn.pending_items):
        return reply
    # (an item read as a guess, 以下按“…”回答, is answered as asked: it may not be the one; once chosen, it is)
    sure = turn.in_scope or any(o.get("kind") == "item" and o.get("value") == item_id for o in turn.options)
    first = sure and item_id != turn.item_in_context and all(e.split("/", 1)[0] != item_id for e in turn.items_before)
    # (居住证签注在哪办 → which district → 城东区: still the first answer of the item)
    after_its_district = bool(turn.options) and turn.options[0].get("kind") == "district" and turn.aspect == "place"
    item = store.item(item_id)
    if item is None or not (first or after_its_district) \
            or not any(m.get("text", "").startswith(f"{item['name']}的办理地点：") for m in reply.messages):
        return reply
    situation = reply.slots.get("situation", turn.situation)
    bring = answer_item(Reply(), store, item_id, "materials", situation, None, True, turn.text)
    if not bring.messages:
        return reply
    bring.messages[0]["text"] = BRING_FIRST + bring.messages[0]["text"]
    reply.messages += bring.messages
    reply.slots.update(bring.slots)
    if bring.slots.get("options"):   # which situation: its answer gives the materials
        reply.slots["aspect"] = "materials"
        return reply
    if reply.messages[-1]["text"].endswith(CLOSING):   # (said once, last)
        reply.messages[-1]["text"] = reply.messages[-1]["text"][:-len(CLOSING)].rstrip()
    return reply.say(trip_line(item))


# whether the business in hand may still go on (还能上吗, 还能办不, 还可以吗)
_STILL_MAY = re.compile(r"还能(?:不能)?[^\W\d_]{0,3}?(?:吗|么|不|嘛|没)|还(?:可以|行)(?:吗|不|么)")
BRING_FIRST = "去办理前请备齐材料，争取一次办成。"
LOSS_NOT_SAID = "{name}的办事指南中没有写到遗失后怎么补办，请向办理地点咨询。"
SURE_BESIDE_DESPAIR = 0.5   # a service read this surely beside despair is answered, not hedged
CRISIS_TOPIC_LATER = "您问的{topic}方面的事，我也会帮您查清楚，等您想问的时候，随时告诉我。"
CRISIS_SERVICE_LATER = "您问的事，我也会帮您查清楚；先照顾好自己，等您想问的时候，随时告诉我。"
SAME_ITEM_CORRECTED = "您说的这个，办理的就是“{name}”，按上面的告知办理即可；如果是别的情形，请告诉我具体要办什么。"
SAME_ITEM_WHILE_ASKED = "您说的这个，办理的也是“{name}”。"
FIRST_IS_IN_HAND = "好的，先说“{name}”。"
# which of several named to take first (先说丢的那个, 先讲换证的)
_FIRST_SAID = re.compile(r"先(?:说|讲|办|问|弄)")


# something else asked first, said so (先问个别的, 换个问题, 另外问一下)
_ASKS_ELSE = re.compile(r"先问(?:个|点|一下)?别的|问(?:个|点)别的|换个问题|另外问|插(?:一句|个话)|先不说这个|先放一放")


# what counts, asked (收入多少算符合 to 公租房's situations chose 中低收入 by 收入 and gave its notice; r53 QA): a question of
# the conditions, no choice
_ASKS_CRITERION = re.compile(r"(?:多少|怎么|什么|啥|几)(?:才)?算|算不算|符合(?:条件|要求|标准)?(?:吗|么|不)|什么(?:标准|条件)|啥(?:标准|条件)"
                             r"|标准是|条件是")


# an item of the family for those from elsewhere (进城务工人员随迁子女接受义务教育入学申请)
_FROM_ELSEWHERE = re.compile(r"随迁|进城务工|非本市|非本地|外地|异地")


def _answer_turn(turn: Turn, store) -> Reply:
    danger = danger_said(turn.text)
    if danger is None and turn.said and (danger := danger_said(turn.said)) is not None:
        # (in the message as sent: English with a Chinese term in it is read as its Chinese terms; r66 QA)
        turn = replace(turn, text=turn.said)
    if danger is not None:   # 老人走丢了, 家里着火了, 我不想活了: the number to call now
        context = danger_context(danger, turn.text)   # (remembered for the message after it)
        if danger == VIOLENCE and RELUCTANT.search(turn.text or ""):
            # 男的被家暴说出去丢人 不想报警: what it says of reporting, and where else to turn (the first answer came again;
            # r30 QA)
            said = danger_follow_up(context, turn.text)
        elif context is not None and turn.danger == context and still_in_danger(turn.text):
            # (not a check-in, remembered as nothing: 趴在窗户边往楼下看了半天 …营业执照怎么注销 got the follow-up of no danger,
            # an empty line; r67, r68 QA)
            # 门要被踹开了 咋办啊 after the answer to 有人在砸我家门: what to do now it gets worse, not the first answer again
            # (r42 QA)
            said = danger_follow_up(context, turn.text)
        else:
            said = danger_answer(danger, turn.text)
        best = turn.candidates[0] if turn.candidates else {}
        # (not a service guessed beside violence: 我老公又喝醉了拿刀说要砍我，我躲在卫生间 was followed by "是不是公共场所卫生
        # 许可", and the answers that say where to report by an item read at random, 劳动保障监察 beside 护工打他; r82 QA)
        guessed = (danger == VIOLENCE and not turn.in_scope and best.get("score", 0) < SURE_BESIDE_VIOLENCE) \
            or (says_where_to_report(said) and best.get("score", 0) < SURE_BESIDE_REPORT) \
            or (danger in ("crisis", CHECK_IN) and (not turn.in_scope or turn.ambiguous)
                and best.get("score", 0) < SURE_BESIDE_DESPAIR)
        # (活着太累了，社保也断了，工作也没了，不想再撑下去了: the crisis line, then a hedged list with 随迁子女入学; r86 QA)
        if danger == VIOLENCE and papers_kept(turn.text):
            guessed = True   # (身份证被他藏起来了: what to do with them, said, not 身份证首次申领; r84 QA)
        if beside_a_service(danger) and best and (turn.in_scope or best.get("score", 0) >= ANOTHER_ITEM_SCORE) \
                and not guessed and words_of_item_said(store, best["id"], turn.text) - PEOPLE_PAIRS:
            # 老公又打我了 我想离婚: then the divorce (not 户口迁移（夫妻投靠） read in 老公喝了酒就拿皮带抽我; r25 QA); the service
            # read without the despair (我也没几天好活了，低保怎么申请: the 低保's time limit, for 几天; r53 QA)
            asked = service_read(turn.text)
            beside = replace(turn, text=asked) if asked.strip() else turn
            if danger in ("crisis", CHECK_IN) and not turn.in_scope and best.get("score", 0) >= SURE_BESIDE_DESPAIR:
                # (每天都想死，连怎么做都想好了。失业金怎么领: 失业保险金申领 at 0.70 read out of scope by the despair beside it,
                # and hedged; r54 QA) the service surely read is answered as such
                beside = replace(beside, in_scope=True, linked_item=best["id"], item=best["id"])
            reply = _answer_safe(beside, store)
            offered = [o.get("title") or "" for o in reply.slots.get("options") or []]
            # (站在楼顶上风挺大的，想问问死亡后公积金谁来取, a check-in: the death withdrawal's situations after it; r87 QA)
            if danger in ("crisis", CHECK_IN) and (tells_of_a_death(item_name(store, best["id"]), *offered, turn.text)
                                                   or crisis_at_hand(turn.text)):
                # (药都攒好了 …顺便问下医保卡余额怎么查: 个人账户一次性支取 offered, 参保人死亡 first; 后事怎么办也交代了，你就告诉我
                # 死亡后公积金怎么取: the death withdrawal; r59 QA) — what follows a death is not told to one who may take
                # their life, nor a service to one about to (站在天桥上往下看，想跳下去算了，对了失业金还有几个月没领: the 失业金
                # notice after the crisis line; r60 QA): the crisis line, the service held
                reply = Reply(slots={"options": None} if turn.options else {}).say(said)
                reply.say(CRISIS_SERVICE_LATER)
            else:
                reply.messages.insert(0, {"text": said})
        else:
            reply = Reply(slots={"options": None} if turn.options else {}).say(said)
            if danger in ("crisis", POISON_SELF, CUT_SELF, CHECK_IN) and (topic := topic_mentioned(turn.text)) is not None:
                # (我已经写好遗书了 想问问我走了以后我的公积金我女儿能不能取: the crisis line alone, the question dropped; r51
                # QA) what was asked is not left unheard; a number asked is given (真不想活了……社保局的电话是多少啊; r55 QA)
                numbers = contacts_answer(topic.name, topic_points(store, topic)) if _NUMBER_ASKED.search(turn.text or "") else ""
                reply.say(numbers or CRISIS_TOPIC_LATER.format(topic=topic.name))
        if (term := meaning_asked_in(turn.text)) is not None:
            # 保护令是什么意思？他老打我，我能申请吗: what it is, after what to do now ("not in scope"; r47 QA)
            reply.say(TERM_MEANING.format(name=term.name, what=term.meaning))
        reply.slots["danger"] = context
        return reply
    if turn.danger == NO_SIGNS_KIND and (PROCEDURES.search(turn.text or "") or event_named(turn.text) is not None):
        # 打完了然后呢 后面要办哪些手续 after 我爸刚刚在屋里没气了: 120 first again (r48 QA); what follows if he is gone
        return answer_life_event(Reply(slots={"danger": None}).say(GONE_CONFIRMED), store, death_event(), turn.text)
    if said := divorce_after_violence(turn.danger, turn.text):
        reply = _answer_safe(turn, store)   # (那我要不要离婚 after the answer to 老公老打我; r48 QA)
        reply.messages.insert(0, {"text": said})
        return reply
    if stays_with_danger(turn, store):
        # 我不敢报警 怎么办 / 带着娃能去哪 / 能匿名吗 after the answer to violence: where else to turn (they got "not in
        # scope", or 个体工商户注销's conditions read at random; r29 QA)
        return Reply(slots={"danger": turn.danger}).say(danger_follow_up(turn.danger, turn.text))
    return _answer_safe(turn, store)


def answer_of_held_not_understood(turn: Turn, store, held: str) -> Optional[Reply]:
    """A message not understood, no other item read well, that asks of the item in hand: by when (多久之内必须去上 晚了罚钱不
    while 出生登记's situations are asked: 出生后一个月内, then the question; it was "没有完全理解"; r31 QA), a loss
    (丢了能补吗 while 优待证's are: what its guide says, or that it says nothing; r32 QA), or one of its FAQs while another
    item is read faintly (那我的医疗保险还要自己交吗 after the 失业金 notice: 领失业金期间医保…不用自己交, not 居民医保缴费 read at
    0.24; r32 QA). None otherwise."""
    if asks_deadline(turn.text) and (point_answer(store, held, turn.text) or "").startswith(POINT_FOUND_START):
        return answer_in_hand(turn, store, held)
    if field_asked(turn.text) in (BY_PHONE, "visits_needed") and len(reply_core(turn.text)) <= SHORT_FOLLOW_UP:
        # 挂失要钱吗 打电话能挂不, 不用去现场吧 after the notice: what the guide says of it, an aspect asked beside it too
        # ("not in scope"; r41, r42 QA)
        answered = answer_in_hand(turn, store, held)
        if (line := point_answer(store, held, turn.text)) and not any(m.get("text") == line for m in answered.messages):
            answered.messages.insert(0, {"text": line})
        return answered
    if tells_loss(turn.text) and is_question(turn.text) and len(reply_core(turn.text)) <= SHORT_FOLLOW_UP:
        if (point_answer(store, held, turn.text) or "").startswith(POINT_FOUND_START) or faq_of_loss(store, held, turn):
            return answer_in_hand(turn, store, held)
        reply = Reply(slots={"service_item": held} if turn.item != held else {})
        reply.say(LOSS_NOT_SAID.format(name=item_name(store, held)) + HOTLINE_HELP)
        return ask_pending_again(reply, store, held, turn.options) if turn.options else reply
    # (or a question its FAQ answers while its district or situation is asked: 我是租的房子 没房产证行不 to 居住证申领's
    # districts got the 房产证 line, not its FAQ on renting; r43 QA)
    asking = not turn.options or (turn.options[0].get("kind") in ("situation", "district") and is_question(turn.text))
    if asking and turn.linked_item != held and (turn.linked_item or turn.options) and faq_asked(store, held, turn) is not None:
        return answer_in_hand(turn, store, held)
    return None


_COURTESY = ("thanks", "goodbye", "greet", "restart", "request_human")
SERVICE_AFTER_DANGER = 0.08   # the read, however faint, of a message after a danger that says its item's words


def minimum_met_of_read(turn: Turn, store) -> Optional[Reply]:
    """The usual item (正常退休申请) when the message tells a time paid in that meets its minimum and the item read or
    offered is the one for those short of it (``knowledge.condition_checks.minimum_met``): the line, then that item."""
    if not turn.text or "年" not in turn.text:
        return None
    read = [turn.linked_item, turn.item, *(o.get("value") for o in turn.options if o.get("kind") == "item"),
            *(c.get("id") for c in turn.candidates[:1])]
    for item_id in dict.fromkeys(i for i in read if i):
        item = store.item(item_id)
        for kin in (store.item(f["id"]) for f in store.family(item_id) if f["id"] != item_id) if item else ():
            if kin and (line := minimum_met(turn.text, item, kin)) is not None:
                reply = answer_corrected(replace(turn, options=[]), store, kin["id"], "guide")
                reply.messages.insert(0, {"text": line})
                return reply
    return None


RESIDENT_BENEFIT = "renshe.yanglao.resident_benefit"
# a pension asked of, to be drawn (啥时候能领, 退休, 养老金), not joined (想交, 参保, 报名)
_DRAWING = re.compile(r"领|退休|养老金|到龄|到岁数|到年龄")
_JOINING = re.compile(r"参保|报名|登记|开始交|想交|怎么交|咋交|能交|续交|补交")


def resident_pension_told(turn: Turn, store) -> Optional[Reply]:
    """A birth and a pension of the 城乡居民 scheme told, in this message or with the one before it, of a pension to draw
    (俺爹1963年生的 啥时候能领养老金, then 男的 农民 在村里交的那种养老保险: the employee's age, then "关于“村里”…";
    r41 QA): its age of 60 (``knowledge.retirement_age.resident_pension_line``), then 城乡居民养老待遇申领; None
    otherwise."""
    text = normalize("NFKC", turn.text or "")
    if not RESIDENT_SCHEME.search(text) or store.item(RESIDENT_BENEFIT) is None:
        return None
    told = text if tells_age(text) or not turn.before else f"{normalize('NFKC', turn.before)}，{text}"
    born = birth_year_said(told)
    # (or one of the age to draw, or near it, told: 我妈是1966年生的 一直在村里交那个居民养老保险 got 参保登记; r43 QA)
    near = born is not None and date.today().year - born >= RESIDENT_AGE - 1
    if not (_DRAWING.search(told) or near) or _JOINING.search(told) or (line := resident_pension_line(told)) is None:
        return None
    reply = answer_corrected(replace(turn, options=[]), store, RESIDENT_BENEFIT, "guide")
    reply.messages.insert(0, {"text": line})
    return reply


# the person an event is about, spoken of (他, 老人, 我爸): not the asker's own (我的社保卡)
_OF_THE_PERSON = re.compile(r"他|她|老人|老爷子|老太太|爸|妈|父亲|母亲|老公|老婆|丈夫|妻子|爱人|老伴|爷爷|奶奶|外公|外婆|姥|去世的|走了的"
                            r"|死者|逝者|过世的")
THINGS_ASKED = "{notes}要办的是下面{count}项，回复序号，我告诉您该事项要带的材料、时限和地点："
SHORT_THING = 8   # characters of a thing asked after an event's answer (那公积金呢, 房子怎么办)
_TURNS_TO_THING = re.compile(r"呢[？?!！。]*$|怎么办|咋办|咋弄|怎么弄|怎么处理|咋处理")


def things_of_event_asked(turn: Turn, store) -> Optional[Reply]:
    """他还有社保卡和养老金 咋处理 after 家人去世's list (and an item of it answered) got 社保卡申领 and 养老金资格认证, as if
    for the asker (r38 QA): what the person of the event in hand leaves (``LifeEvent.things``), what to know of it and
    the items that deal with it, to choose from (one alone answered). None when the message says none of them, speaks
    of no one (我的社保卡), or no event with such things is in hand."""
    # (the items the conversation holds, not the one Rasa's slot took from this message: 我老汉儿上个礼拜走了…他公积金
    # 里头还有钱能不能取出来 tells the event and its items itself)
    held = [i for i in (turn.item_in_context, *turn.pending_items, *(b.split("/", 1)[0] for b in turn.items_before)) if i]
    # (or one of the items of what the person leaves: 他还有住房公积金 after 医保个人账户's answer; r43 QA)
    in_hand = next((e for i in held for e in default_events() if e.things and e.deals_with(i)), None)
    # (a thing asked short after it, 公积金呢, is the person's too: the fund's kinds of business came; r40 QA; 养老金还能领吗
    # was answered from the 公积金 guide in hand; r43 QA)
    core = reply_core(turn.text)
    # (or the thing's word alone: 公积金 after 她卡上的钱呢 got the fund's kinds of business; r44 QA)
    short = in_hand is not None and len(core) <= SHORT_THING \
        and (_TURNS_TO_THING.search(turn.text or "") or is_question(turn.text)
             or any(pattern.fullmatch(core) for pattern, _, _ in in_hand.things))
    if (not _OF_THE_PERSON.search(turn.text or "") and not short) or (in_hand is None and event_asked(turn.text)):
        return None   # (不知道先干啥 …她还在领退休工资: the event's whole list asked, with what to know of the pension)
    event = in_hand \
        or next((e for e in default_events() if e.things and any(t.search(turn.text or "") for t in e.triggers)), None)
    # (or the event this message tells: 我爸上个月走了 他的退休金还有社保卡咋处理 got a choice of 户口注销, 医保个人账户
    # 支取 and 遗属待遇; r39 QA)
    items, notes = event.things_asked(turn.text) if event else ([], [])
    items = [i for i in items if store.item(i)]
    if items and turn.in_scope and turn.linked_item and turn.linked_item not in items \
            and event.deals_with(turn.linked_item) and store.item(turn.linked_item) \
            and turn.linked_item in event.items_left(turn.text):   # (not one told done: 火化证在我手上; r80 QA)
        # another step of the event read surely (我外公昨天在家里走了…我们要去派出所把户口销掉: the death certificate's notice,
        # the 户口 never; r50 QA): that one, after what to know first
        items = [turn.linked_item]
    if not items or (not notes and turn.in_scope and turn.linked_item in items):
        return None   # (我爸去世了 他的房子怎么过户: the 继承 transfer read surely, answered as usual)
    if len(items) == 1:
        reply = answer_corrected(replace(turn, options=[]), store, items[0], aspect_to_keep(turn))
        reply.messages[:0] = [{"text": note} for note in notes]
        return reply
    reply = Reply(slots={"aspect": "guide"})
    return ask(reply, THINGS_ASKED.format(notes="".join(notes), count=len(items)),
               [option("item", i, item_name(store, i)) for i in items])


GONE_CONFIRMED = ("急救人员确认人已经走了的：在家里去世的，由120或居住地的社区卫生服务中心（乡镇卫生院）的医务人员核实后开具"
                  "死亡证明；有外伤、死因可疑的，要拨打110报警。拿到死亡证明后再联系殡仪馆接运遗体。")


def stays_with_danger(turn: Turn, store) -> bool:
    """Whether a message after the answer to a danger is about that danger: not a courtesy (谢谢, 好的), a service
    named (我想离婚; 对了我想顺便问下 离婚的话去哪办, read out of scope at 0.11, got the follow-up twice; r31 QA), or one
    outside the catalog (人身安全保护令)."""
    if not turn.danger or not any(c.isalnum() for c in turn.text or "") or turn.intent in _COURTESY or turn.outside:
        return False
    if turn.intent in ("affirm", "deny") and len(reply_core(turn.text)) <= 3:
        return False
    if still_in_danger(turn.text) or follow_up_asked(turn.danger, turn.text):
        # (还在外面 我听到脚步声 警察说在路上: 工伤认定 by 路上; r37 QA; 学校不管怎么办 after a child bullied: 入学 items; r86 QA)
        return True
    best = turn.candidates[0] if turn.candidates else {}
    if best.get("score", 0) >= SERVICE_AFTER_DANGER and store.item(best.get("id")) is not None \
            and words_of_item_said(store, best["id"], turn.text) - PEOPLE_PAIRS:
        return False
    return not (turn.in_scope and turn.linked_item)


def complaint_in_hand(turn: Turn, store) -> bool:
    """Whether the item in hand is itself a complaint or report to make (劳动保障监察举报投诉): 去哪里投诉 asks its places
    (it got the general "拨打12345…转交主管部门"; r50 QA)."""
    held = item_held(turn)
    return bool(held) and any(word in item_name(store, held) for word in ("投诉", "举报")) and store.item(held) is not None


# the tax office named in a short follow-up (那税务那边呢), whatever it is called; its items are filed under 税务
_TAX_ASKED = re.compile(r"^(?:那|那么|还有)?(?:税务|税务局|税局|地税|国税)(?:局)?(?:那边|那块|那里|这边|方面|上)?"
                        r"(?:呢|怎么办|咋办|怎么弄|咋弄|要办吗|也要办吗|要不要办)?[？?。]*$")


def act_carried_to(turn: Turn, store, held: str) -> Optional[str]:
    """The one item of the department a short follow-up names that does what the held item does (税务注销 for 那税务那边呢
    after 个体工商户注销登记), else None."""
    if not _TAX_ASKED.match(normalize("NFKC", turn.text or "").strip()) or "注销" not in item_name(store, held):
        return None
    fitting = [i["id"] for i in store.list_items() if i["id"] != held and "注销" in i["name"]
               and (i.get("department") or "") == "税务"]
    return fitting[0] if len(fitting) == 1 else None


def goes_back_to_another(turn: Turn, store, whose: Optional[str]) -> bool:
    """Whether a message asking for a list again names an item talked of before that is neither ``whose`` nor offered now
    nor before (刚才失业金那个列表再给我看下 while 租赁提取's situations are asked: 失业金's, gone back to; r84 QA: the
    公积金 withdrawals again)."""
    back = item_gone_back_to(turn, store)
    return back is not None and back.split("/", 1)[0] not in (
        whose, *(o.get("value") for o in turn.options), *(o.get("value") for o in turn.list_before))


def _answer_safe(turn: Turn, store) -> Reply:
    """``_answer_turn`` of a message that says no danger (or one said before it)."""
    if (notice := genuine_notice_answer(turn.text)) is not None:
        # 12333发短信说我这个月养老金已经到账了，是正常的吧: 资格认证's situations, or 社保卡 items (r58, r59 QA)
        return Reply(slots={"options": None} if turn.options else {}).say(notice)
    if (still := pending_term_said(turn)) is not None:
        # "公积金提取", the button of one still to come named by that term: which of its items (the one named for it at
        # random came; r59 QA); before the item in hand is read (那社保卡呢 after 下一个 skipped the 社保卡 items: 换领, the
        # one named for it at random, is in hand; r69 QA)
        return ask_pending_term(Reply(), turn, store, *still)
    if (picked := list_picked(turn)) is not None:
        # 算了，还是回到刚才那个单子，选第四个 after 退休's situations, the withdrawals offered before: the fourth of those
        return _answer(replace(turn, text=picked, options=turn.list_before), store)
    if (rest := list_gone_back_to(turn)) is not None and not goes_back_to_another(turn, store, item_held(turn)):
        # 回到公积金，我买房 after 提取公积金's withdrawals, then an aside: chosen among those by what is said, or they are
        # offered again (回到刚才那个列表 gave the aside's notice again; r55 QA)
        if not reply_core(rest):
            return ask(Reply(), WHICH_KIND_AGAIN if turn.list_before[0].get("kind") == "topic" else WHICH_ITEM,
                       turn.list_before)
        listed = [o.get("value") for o in turn.list_before if o.get("kind") == "item"]
        chosen = next((e for e in reversed(turn.items_before) if e.split("/", 1)[0] in listed), None)
        if chosen and aspects_asked(rest) and not chosen_by_words(rest, turn.list_before) \
                and not re.search(r"第[一二三四五六七八九十\d]|[1-9]", turn.text or ""):   # (回到第5个那个: that one; r78 QA)
            # 回到公积金那个，要多久到账 after 购买自住住房提取 was chosen from the list, then 失业金: 离休、退休提取's time limit, by
            # 到账 (r77 QA); the one chosen, asked what is asked
            item_id = chosen.split("/", 1)[0]
            reply = _answer(replace(turn, text=rest, options=[], item=item_id, item_in_context=item_id, linked_item=item_id,
                                    situation=chosen if "/" in chosen else None, candidates=[]), store)
            reply.slots.setdefault("service_item", item_id)
            return reply
        return _answer(replace(turn, text=rest, options=turn.list_before), store)
    offered = turn.options[0]["kind"] if turn.options else None
    whose = (turn.options[0].get("item") if turn.options else None) or item_held(turn)
    if asks_list_again(turn.text) and not goes_back_to_another(turn, store, whose):
        if offered == "item" or (offered in ("situation", "district") and whose):
            # 再给我看下那个列表 while the items or situations are offered: them again ("抱歉，我没有完全理解" first; r56 QA)
            return ask(Reply(), WHICH_ITEM if offered == "item" else pending_question(store, whose, offered), turn.options)
        if not turn.options and whose and len(situations := store.situations(whose)) > 1:
            # 回到那个列表 after 社保卡申领's notice for a child (chosen from its situations): the situations again (the
            # same notice again; r57 QA)
            return ask(Reply(), pending_question(store, whose, "situation"),
                       [{**option("situation", s["name"], s["name"]), "item": whose} for s in situations])
    if (held := item_held(turn)) and (turn.situation or "").startswith(f"{held}/") and corrects_choice(turn.text) \
            and (other := situation_named_again(turn, store, held, True)) is not None:
        # 刚才选错了，我其实是有房子住的，不是上班那个 after 居住证申领 (合法稳定就业) while its district is asked: that
        # situation's materials, the one chosen before kept (r53 QA)
        return answer_situation_corrected(turn, store, held, other)
    if (holder := item_held(turn)) and store.item(holder) is not None and whose_corrected(store, holder, turn.text):
        # 不是我，是我老爸的，他80多了走不动 while 身份证补领's situations are asked: whether someone else may do it for
        # them (高龄津贴's notice by 80多了; r57 QA), then the question again
        # (asked in so many words: 不是我办，是给我爸办的，他从老家过来 got 居住证's lines on 老家; r59 QA)
        return answered_for_held(turn, store, holder, intent="ask_proxy", text=PROXY_ASKED)
    if offered in ("situation", "district") and whose and turn.pending_items and _FIRST_SAID.search(turn.text or "") \
            and says_state(turn.text) and fits_state(turn.text, item_name(store, whose)) \
            and not any(fits_state(turn.text, item_name(store, i)) for i in turn.pending_items if i != whose):
        # 先说丢的那个 while 身份证补领 (the lost one, named first) asks its situation: it ("not in scope"; r58 QA)
        return ask(Reply().say(FIRST_IS_IN_HAND.format(name=item_name(store, whose))), pending_question(store, whose, offered),
                   turn.options)
    if (item_called := item_called_about(turn, store)) is not None:
        # 劳动监察的电话是多少, 身份证补办电话多少: "我还不能确定…", or the situations (r54 QA); its offices' numbers
        return answer_contact(turn, store, item_called)
    if _NUMBER_ASKED.search(turn.text or "") and (offices := office_called_about(turn, store)):
        # 社保卡服务中心的电话多少, 不动产登记中心的电话是多少: the greeting, or a guess at an item (r55 QA); that office's number
        return Reply(slots={"options": None} if turn.options else {}).say(
            OFFICE_NUMBERS.format(lines="\n".join(contact_lines(offices))))
    if (pair := apart_asked(turn.text, item_held(turn), before=turn.before)) is not None:
        # 丧葬费和殡葬补贴是一回事吗, 两个都能拿吗: the situations of one of them, the question unanswered (r52, r53 QA)
        return answer_apart(turn, store, pair)
    if (term := meaning_asked(turn.text) or (None if turn.in_scope and turn.linked_item else meaning_asked_in(turn.text))) \
            is not None:
        # 灵活就业是啥意思, 一次性告知又是啥 (a menu, or "not in scope"; r46 QA); one clause of several (老板说给交五险一金，
        # 五险一金到底是个啥; 灵活就业是啥意思啊 我送外卖的算不算; r47 QA)
        return answer_meaning(turn, store, term)
    if (kind := complaint_kind(turn.text)) is not None \
            and (not (turn.in_scope and turn.linked_item) or complains_of_others(turn.text)) \
            and not (kind == "other" and turn.outside) and not complaint_in_hand(turn, store):
        # (出租车绕路投诉: the outside service's own department; 去哪里投诉 while 劳动保障监察举报投诉 is in hand: its places)
        if kind == "other" and employer_wronged(turn.text) and store.item(EMPLOYER_COMPLAINT_ITEM) is not None:
            # (公司一直沒給員工繳社保，可以向哪個部門投訴: 12345 for another's complaint once read as two items; 2026-12-08)
            return answer_corrected(turn, store, EMPLOYER_COMPLAINT_ITEM, aspect_to_keep(turn))
        return answer_complaint(turn, store, kind)   # 我要投诉, 大厅排队三个小时: where to complain
    if turn.in_scope and turn.linked_item and complains_outright(turn.text) and store.item(turn.linked_item):
        # 在城西区政务中心办营业执照 窗口让我跑了三次 我要投诉: where to complain, the item one tap away
        return other_item_hint(answer_complaint(turn, store, "service"), store, turn.linked_item)
    if turn.options and cancels(turn.text):
        # 算了不办了 / 先不办了 / 不用了 to a question of situations or items (was "请换个说法告诉我您要办理的事项")
        return Reply(slots={"options": None}).say(CANCELLED)
    if asks_hotline(turn.text) and not (turn.in_scope and turn.linked_item):
        return Reply().say(HOTLINE_ANSWER)   # 12345电话是多少
    if asks_if_kept(turn.text):   # 你能记住我的身份证号吗: it is not kept (the item's 身份证 lines came; r38 QA)
        return Reply().say(KEPT_ANSWER)
    if (things := things_of_event_asked(turn, store)) is not None:
        return things   # 他还有社保卡和养老金 咋处理 after 家人去世's list (r38 QA)
    if (met := minimum_met_of_read(turn, store)) is not None:
        return met   # 她交了18年社保 够不够: not 缴费不满15年's situations (r40 QA)
    if (resident := resident_pension_told(turn, store)) is not None:
        return resident   # 在村里交的那种养老保险 after a birth year: 60 for all, not the employee's age (r41 QA)
    if _THE_OTHERS.match(normalize("NFKC", turn.text or "").strip()) and not turn.pending_items and not turn.options:
        # 那其他几件呢 after a long message answered for one (it got "不在我能解答的范围内"; r24 QA)
        return Reply().say(ONE_AT_A_TIME)
    if _BALANCE.search(turn.text or "") or _LOOKUP_RESULT.match(normalize("NFKC", turn.text or "").strip()):
        # 帮我看看我医保卡里还有多少钱 (收费标准：不收费; r24 QA), 查到了吗 after 帮我查下公积金余额 (the notice again; r23
        # QA): no record is looked up here; where to look: the query item read or in hand, online
        queries = [i for i in (turn.linked_item, item_held(turn), *(c["id"] for c in turn.candidates))
                   if i and "查询" in item_name_of(store, i)]
        # (the query of the fund the message names: 我身份证号是… 帮我查下我公积金还有多少钱 got 医保's; r46 QA)
        named = [i for i in queries if any(w in (turn.text or "") and w in item_name_of(store, i) for w in _FUNDS)]
        query = (named or queries or [None])[0]
        entry = (store.item(query) or {}).get("online_entry") if query else None
        reply = Reply(slots={"service_item": query} if query else {})
        return reply.say(NO_LOOKUP + (NO_LOOKUP_ONLINE.format(entry=entry) if entry else NO_LOOKUP_ELSEWHERE))
    if (service := outside_asked_again(turn)) is not None:
        # 在哪补 / 要钱不 / 城东区 after 户口簿遗失补领 was said to be outside the catalog: still that service (was
        # "which of these?" with 营业执照补领 and 补领婚姻登记证, and their fee "不收费"; r15 QA)
        return answer_outside_again(turn, service)
    if (compared := options_compared(turn, store)) is not None:   # 有啥区别 to 户籍地补领 / 异地补领
        return compared
    if (together := asked_of_all(turn, store)) is not None:   # 两个一起多少钱 with an item still to come
        return together
    if (field := field_asked_alone(turn.text)) is not None and (on := item_held(turn)) and store.item(on) is not None:
        return answer_field(turn, store, on, field)   # 法律依据是啥 after a notice (the linker read 法律援助申请)
    if (back := item_gone_back_to(turn, store)) is not None:   # 还是说回身份证 要带啥
        return answer_gone_back(turn, store, back)
    if (held := item_held(turn)) and store.item(held) is not None and (turned := faq_turned_to(store, held, turn)):
        # 那医保咋办 断了咋整 after the 失业金 notice: its FAQ on 医保 while unemployed (r43 QA)
        reply = Reply(slots={"service_item": held} if turn.item != held else {})
        answer_faq(reply, store, held, turned.question, turned.answer)
        return ask_pending_again(reply, store, held, turn.options) if turn.options else reply
    if (member := member_told_short(turn, store)) is not None:   # 补办那个 while 社保卡申领's situations are asked
        return answer_corrected(replace(turn, options=[]), store, member, aspect_to_keep(turn))
    if (told := resignation_told_of_held(turn, store)) is not None:   # 那公司逼我签的辞职信呢 after 失业金
        return told
    held = item_held(turn)
    if not turn.options and held and store.item(held) is not None and (turn.situation or "").startswith(f"{held}/") \
            and (other := situation_named_again(turn, store, held)) is not None:
        # 换成异地补领 after the 户籍地补领 notice (the linker read 耕地地力保护补贴): that situation's notice
        reply = Reply(slots={"service_item": held, "situation": f"{held}/{other}", "aspect": "guide"})
        return answer_item(reply, store, held, "guide", f"{held}/{other}", turn.district, turn.district_declined, turn.text)
    if not turn.options and held and turn.item != held and store.item(held) is not None and tells_case(turn.text) \
            and not is_question(turn.text) and score_read(turn, turn.linked_item) < ANOTHER_ITEM_SCORE:
        # 初婚 after the 结婚登记 notice (the linker read 婚姻登记档案查询 at 0.18, and Rasa's slot followed it):
        # the citizen's case on the item in hand
        return answered_for_held(turn, store, held)
    if (document := document_item_said(turn, store)) is not None and store.item(document) is not None:
        # 对了我驾照也丢了 (and, while 身份证补领's situation or district is asked, the 身份证 still to come; r61 QA)
        return with_items_to_come(answer_corrected(turn, store, document, ASPECT_OF_INTENT.get(turn.intent)), turn, store)
    if turn.intent in NOT_UNDERSTOOD_INTENTS and held and store.item(held) is not None \
            and score_read(turn, turn.linked_item) < ANOTHER_ITEM_SCORE \
            and (answered := answer_of_held_not_understood(turn, store, held)) is not None:
        return answered
    said = aspects_asked(turn.text) if turn.intent in NOT_UNDERSTOOD_INTENTS else []
    if len(said) == 1 and (said[0] in SAID_WHILE_NOT_UNDERSTOOD
                           # (where, with a district named: 我在城东区，最近的地方在哪 after the 结婚证补领 notice got "not
                           # in scope"; r51 QA)
                           or (said[0] == "place" and turn.district_named)
                           or (said[0] in SHORT_ASKED and (
            asks_only(turn.text, _SAID_BEFORE) or _PAYING_HOW_MUCH.fullmatch(reply_core(turn.text))
            # (short, naming nothing else read: 那补一张新的收费不 after the 社保卡补领 notice got "not in scope"; r51 QA)
            # (the fee only: 冷静期是多少天 is its FAQ's point, not the time limit)
            or (said[0] == "fee" and len(reply_core(turn.text)) <= SHORT_FOLLOW_UP and not turn.in_scope)
            or GOT_AT_ONCE.search(turn.text or "")))) \
            and held and store.item(held) is not None \
            and not (turn.linked_item not in (None, held) and score_read(turn, turn.linked_item) >= SURE_OTHER_SCORE):
        # (not 退休以后养老金资格认证怎么搞 while 退休申请's situations are asked: 资格认证, read at 0.66; r13 QA)
        # 星期天开门不 / 卖方人在外地来不了怎么办 after a notice: that aspect of the item in hand (its
        # days open, who may go instead), not "not understood"
        # (said by its words: as sure as they are, 今天能拿吗 is no point of its own; r21 QA)
        sure = {"confidence": 1.0} if GOT_AT_ONCE.search(turn.text or "") else {}
        reply = _answer(held_on(turn, held, intent=INTENT_OF_ASPECT[said[0]], **sure), store)
        if turn.item != held:
            reply.slots.setdefault("service_item", held)   # Rasa's slot followed the linker
        return reply
    if held and not turn.options and store.item(held) is not None and len(reply_core(turn.text)) <= SHORT_AGE_TOLD \
            and not is_question(turn.text) and (line := least_age_check(turn.text, store.item(held))) is not None:
        # 她70岁 after the 老年人优待证 notice: 驾驶证初次申领, 高龄津贴 and 父母投靠 offered (r81 QA); 我爸今年82 after the 高龄津贴
        # notice: "好的，您还想了解什么" alone (r80 QA): the age against the item's own
        return Reply(slots={"service_item": held}).say(line).say(WHAT_ELSE.format(name=item_name(store, held)))
    if turn.options and turn.options[0]["kind"] == "situation" and (whose := turn.options[0].get("item") or held) \
            and store.item(whose) is not None and len(reply_core(turn.text)) <= SHORT_AGE_TOLD \
            and not is_question(turn.text) and not situations_said(turn.text, [o["title"] for o in turn.options]) \
            and (line := least_age_check(turn.text, store.item(whose))) is not None:
        # 外公今年都92了 while 高龄津贴's situations are asked: "抱歉，我没有完全理解" (r83 QA); the age against the item's,
        # then the question again
        return ask(Reply(slots={"service_item": whose}).say(line), pending_question(store, whose, "situation"),
                   turn.options)
    if held and not turn.options and len(reply_core(turn.text)) <= LONG_REPLY \
            and (debts := debts_answer(held, turn.text)) is not None and (debts[1] is None or store.item(debts[1])):
        # 没有欠债 / 还欠供应商十几万货款没还清 after the 公司注销 notice: "还有其他要办理的事项吗", the notice again (r83, r84 QA)
        line, leads_to = debts
        if leads_to is None:
            return Reply(slots={"service_item": None, "situation": None}).say(line)
        return Reply(slots={"service_item": leads_to}).say(line).say(WHAT_ELSE.format(name=item_name(store, leads_to)))
    if held and (not turn.options or turn.options[0]["kind"] in ("situation", "district")) \
            and (carried := act_carried_to(turn, store, held)) is not None:
        # 那税务那边呢 after 个体工商户注销登记: 税务注销 (the new taxpayer's registration, by 税务; r86 QA)
        return answer_corrected(turn, store, carried, ASPECT_OF_INTENT.get(turn.intent) or "guide")
    if (kept := held_sibling_told(turn, store)) is not None and store.item(kept) is not None:
        # 有限责任公司，没有债务 after the 公司注销 notice (公司设立登记's notice, by 有限责任公司; r80 QA): the case of closing it
        if kept != held:
            return answer_corrected(turn, store, kept, ASPECT_OF_INTENT.get(turn.intent) or "guide")
        return Reply(slots={"service_item": held}).say(WHAT_ELSE.format(name=item_name(store, held)))
    if asks_how_of_held(turn, store, held):   # 咋补 to 身份证补领's situations: its question, not 公积金补缴
        if turn.options:
            reply = ask(Reply(slots={"service_item": held}), pending_question(store, held, turn.options[0]["kind"]),
                        turn.options)
            return reply
        return answered_for_held(turn, store, held, intent="ask_guide")
    if (not turn.options or turn.options[0]["kind"] != "item") and (short := short_name_said(turn, store, held)) \
            and store.item(short) is not None:   # 行驶证年检呢 while 补领行驶证's situations are asked: 年检
        return answer_corrected(turn, store, short, ASPECT_OF_INTENT.get(turn.intent))
    if (corrected := corrected_to(turn, store)) is not None and corrected == held:
        # 不对不对 是医保卡 after the 社保卡补领 notice: that card is the one of the notice
        return Reply(slots={"service_item": held}).say(SAME_ITEM_CORRECTED.format(name=item_name(store, held)))
    if corrected is not None:   # 不对不对，是租房
        return answer_corrected(turn, store, corrected)
    if (step := next_step(turn, store)) is not None:   # 挂失以后怎么补 after 社保卡挂失: 补领
        said = aspects_asked(turn.text)
        asked = ASPECT_OF_INTENT.get(turn.intent) or (said[0] if len(said) == 1 else None)
        if step == held and asked not in (None, "guide"):
            # the step whose notice was told, one aspect asked (挂失完了补卡要多少钱 after the 补领 notice: the whole notice
            # again; r50 QA): that aspect
            reply = _answer(held_on(turn, held, intent=INTENT_OF_ASPECT[asked]), store)
            reply.slots.setdefault("service_item", held)   # (Rasa's slot followed the linker)
            return reply
        return answer_corrected(turn, store, step, asked)
    if held_family_said(turn, store):   # 先说身份证的 while 身份证首次申领 asks its district: that one, not 换领
        if turn.options:
            return ask(Reply(slots={"service_item": held}), OK_THEN + pending_question(store, held, turn.options[0]["kind"]),
                       turn.options)
        return answered_for_held(turn, store, held)
    if (first := pending_asked(turn, store)) is not None:   # 先说驾驶证 while 行驶证 asks its situation
        turn = skipped_kept(turn, held)
        if (term := turn.pending_terms.get(first)) is not None:
            # 下一个 / 公积金提取 with 公积金提取 still to come, named for 职工死亡提取 at random (r59 QA): which of its items
            return ask_pending_term(Reply(), turn, store, first, term)
        # (下一个 / 然后呢: the next item's notice, whatever its intent was guessed; it kept the last aspect)
        answered = answer_corrected(turn, store, first, "guide" if asks_next(turn.text) else ASPECT_OF_INTENT.get(turn.intent))
        answered = with_items_to_come(answered, replace(turn, linked_item=first), store)
        pending = answered.slots.get("pending_items", turn.pending_items) or []
        if asks_next(turn.text) and held in pending:   # the one left unanswered goes last (还有呢 went back to it)
            answered.slots["pending_items"] = [i for i in pending if i != held] + [held]
        return answered
    if (also := pending_also_asked(turn)) is not None and store.item(also) is not None:
        # 还要办食品经营许可证吗 after 开奶茶店 → 个体户: yes, and its notice (个体户 still to come)
        answered = answer_corrected(turn, store, also)
        answered.messages.insert(0, {"text": ALSO_TO_DO.format(name=item_name(store, also))})
        return with_items_to_come(answered, replace(turn, linked_item=also), store)
    if held and turn.item != held and store.item(held) is not None and _PAID_ALREADY.search(turn.text or ""):
        # 契税交了还要交啥 after the 新建商品房 notice: what else it costs (its fee says 契税 besides), not 契税申报
        return answered_for_held(turn, store, held, intent="ask_fee")
    if (had := had_material_of_held(turn, store, held)) is not None:
        # 出生证明已经拿到了 while 出生登记's situations are asked: that is one of its materials; the question again
        reply = Reply(slots={"service_item": held})
        reply.say(HAD_MATERIAL.format(material=had, name=item_name(store, held)))
        return ask_pending_again(reply, store, held, turn.options)
    if (thing := document_not_needed(turn, store, held)) is not None:
        # 我租的房子没有房产证能报吗 to 租房提取's situations: not among its materials, not 不动产权证书补证 (r27 QA)
        reply = Reply(slots={"service_item": held})
        said = point_answer(store, held, thing) or ""
        # (没有社保证明能报吗 to 随迁子女入学, whose materials list 本市社会保险缴费证明 and whose conditions ask 社保 paid:
        # "没有列出…不用提供"; r30 QA): what its guide says of it, when it says anything
        reply.say(said if said.startswith(POINT_FOUND_START) else NOT_AMONG_MATERIALS.format(name=item_name(store, held),
                                                                                            thing=thing))
        return ask_pending_again(reply, store, held, turn.options) if turn.options else reply.say(FAQ_MORE)
    if held and turn.item != held and lost_material_of_held(turn, store, held):
        # 发票丢了一张咋办 in the 住院费用报销 conversation: its FAQ or lines on 发票, not the tax office's 发票领用
        return answer_in_hand(turn, store, held)
    if held and turn.item != held and turn.linked_item not in (None, held) and store.item(turn.linked_item) is not None \
            and (asks_if_may(turn.text) or _STILL_MAY.search(turn.text or "")) \
            and lost_material_of_held(replace(turn, linked_item=None), store, held):
        # 结婚证丢了找不着了 还能上吗 with 出生登记's materials in hand: what its guide says of 结婚证, then the item that
        # reissues it one tap away (it got 补领结婚证's materials, read surely; r29 QA)
        return other_item_hint(answer_in_hand(turn, store, held), store, turn.linked_item)
    if (counterpart := counterpart_in_topic(turn, store)) is not None:
        # 医保也能一起交吗 after 灵活就业 养老保险参保: 灵活就业 职工医保参保 (was "not understood")
        reply = answer_corrected(turn, store, counterpart, ASPECT_OF_INTENT.get(turn.intent))
        reply.messages.insert(0, {"text": ANOTHER_ITEM_TOO.format(name=item_name(store, counterpart))})
        return reply
    if (kin := parallel_kin_read(turn, store)) is not None and store.item(kin) is not None:
        # 签注要另外办吗 on a 港澳通行证: 港澳签注, not the 台湾签注 the linker linked unsurely
        reply = _answer(replace(turn, linked_item=kin, item=kin), store)
        reply.slots.setdefault("service_item", kin)
        return reply
    in_hand = item_in_hand(turn, store) if sibling_linked(turn, store) is None else None   # (我们是二手房呢: that one)
    if in_hand is None and held and status_told(turn, store, held):
        in_hand = held   # 俺是居民医保 after the 门诊慢特病 notice: its case, not 居民医保参保
    if in_hand and store.item(in_hand) is not None:   # 需要出生证明吗 while 出生登记 is told
        return answer_in_hand(turn, store, in_hand)
    if held and keyword_of_held(turn, store, held):   # 体检 to 教师资格认定's situations: its lines on 体检
        reply = answer_in_hand(turn, store, held)
        if (topic := topic_asked(turn.text)) is not None:   # 户口本 after 结婚登记: the 户口 business one tap away
            return reply.say(TOPIC_HINT.format(name=topic.name), buttons=[{"title": topic.name, "payload": topic.name}])
        # (the 健康证 the linker was sure of: one tap away, should that be what was meant)
        return other_item_hint(reply, store, turn.linked_item) \
            if score_read(turn, turn.linked_item) >= SURE_OTHER_SCORE else reply
    if (pending := statement_to_pending(turn, store)) is not None and store.item(pending) is not None:
        return answer_statement_to_pending(turn, store, pending)
    if (sibling := sibling_read(turn, store)) is not None and store.item(sibling) is not None:
        # 我们买的是二手房 after the 新建住房 贷款 notice: the 二手房 item's notice, in the situation told
        told = (turn.situation or "").split("/", 1)[-1]   # 非省直缴存职工, which the 二手房 item has too
        same = f"{sibling}/{told}" if told in [s["name"] for s in store.situations(sibling)] else None
        reply = Reply(slots={"service_item": sibling, "situation": same, "aspect": "guide"})
        return answer_item(reply, store, sibling, "guide", same, turn.district, turn.district_declined, turn.text)
    if (held := unheard_in_hand(turn, store)) is not None and store.item(held) is not None \
            and not picks_an_option(turn.text, turn.options):   # (在国内丢的 to 护照补发's situations: that one)
        # 她是工人，不是干部 after the 退休 notice: about that item, the other read offered by name
        # when the linker was sure of it (the 施工许可 of 工人 at 0.36 is noise to a caller)
        reply, other = answer_in_hand(turn, store, held, points=turn.intent in NOT_UNDERSTOOD_INTENTS), \
            other_items_read(turn, held)[0]
        best = score_read(turn, other)
        # (not when the guide in hand talks of what was asked: 体检去哪做 after 驾驶证换证 is no 健康证; nor its FAQ)
        first = reply.messages[0]["text"] if reply.messages else ""
        found = first.startswith(POINT_FOUND_START) or (first.startswith("关于") and FAQ_MARK in first)
        return other_item_hint(reply, store, other) if best >= SURE_OTHER_SCORE and not found else reply
    if (told := [i for i in siblings_told_of(turn, store) if store.item(i) is not None]):
        # 我是退休了去儿子那边长期住 after the 临时外出就医 notice: the sibling (or siblings) the case is
        if len(told) == 1:
            return answer_corrected(turn, store, told[0])
        return ask_items(Reply(slots={"service_item": held}), [{"id": i, "name": item_name(store, i)} for i in told],
                         "guide", CASE_FITS)
    if (kinds := siblings_of_kind_said(turn, store)):
        # 其实我以后就一直在深圳上班了 after the 临时外出就医 notice: "not in scope" (r77 QA); the long stay's items
        if len(kinds) == 1:
            return answer_corrected(turn, store, kinds[0])
        return ask_items(Reply(slots={"service_item": held}), [{"id": i, "name": item_name(store, i)} for i in kinds],
                         "guide", CASE_FITS)
    if (by_case := sibling_by_case(turn, store)) is not None and by_case != held and store.item(by_case) is not None:
        # 我们是外地户口 after the 义务教育阶段入学 notice: 随迁子女入学, the item of that case (same materials again)
        return answer_corrected(turn, store, by_case)
    if (by_case := candidate_by_case(turn, store)) is not None and by_case != held:
        # 想在网上开个淘宝店 要不要办营业执照: 个体工商户设立登记 (网络经营), not 公司设立登记's online entry (r19 QA)
        return answer_corrected(turn, store, by_case, "guide")
    if need_while_choosing(turn):   # 要体检吗 to the items of 残疾人: not the 健康证 the linker names
        reply = Reply(slots={} if turn.item == turn.item_in_context else {"service_item": turn.item_in_context})
        return ask(reply, CHOOSE_FIRST, turn.options)   # (Rasa's slot followed the linker: put back)
    if (vague := vague_named_first(turn, store)) is not None:
        # 营业执照和税务登记: which of the 营业执照 items first (one was named at random; r59 QA), the other still to come
        return with_outside_too(with_items_to_come(ask_term_items(Reply(), turn, store, *vague), turn, store,
                                                   asked_by_term=vague[0]), turn, store)
    return with_outside_too(with_items_to_come(_answer(turn, store), turn, store), turn, store)


def situation_named_again(turn: Turn, store, item_id: str, by_case: bool = False) -> Optional[str]:
    """Another situation of ``item_id`` named whole (异地补领 after 户籍地补领 was chosen), or, ``by_case``,
    the one the message's case words tell (其实是异地的, 我户口不在这边), if any."""
    chosen = (turn.situation or "").split("/", 1)[-1] if (turn.situation or "").startswith(f"{item_id}/") else None
    names = [s["name"] for s in store.situations(item_id) if s["name"]]
    named = [n for n in names if n in (turn.text or "")]
    if not named and by_case and len(names) > 1:
        named = [n for n in [situation_said(turn.text, names)] if n]
    return named[0] if len(named) == 1 and named[0] != chosen else None


def answer_gone_back(turn: Turn, store, entry: str) -> Reply:
    """An item talked of before, gone back to (``item_gone_back_to``): what is asked of it (by
    its words, else by the intent; its notice when nothing is), in the situation chosen for it then."""
    item_id, _, chosen = entry.partition("/")
    situation = entry if chosen else None
    if not chosen and (named := situation_named(turn.text, [s["name"] for s in store.situations(item_id)])) is not None:
        # 回到租房提取那个，租赁商品住房那个情形要什么材料: that situation's (each situation's, then which; r85 QA)
        situation = f"{item_id}/{named}"
    said = [a for a in aspects_asked(turn.text) if a in INTENT_OF_ASPECT or a == "hours"]
    aspect = said[0] if said else ASPECT_OF_INTENT.get(turn.intent) or "guide"
    reply = Reply(slots={"service_item": item_id, "situation": situation, "aspect": aspect})
    if turn.options:
        reply.slots["options"] = None
    names = [s["name"] for s in store.situations(item_id)]
    if aspect == "materials" and not situation and len(names) > 1 \
            and (apart := situations_compared(store, item_id, names, told=False)):
        reply.say(apart)   # (刚才那个公积金的 要带啥来着: each situation's materials, then which; its situations alone came; r38 QA)
    return answer_item(reply, store, item_id, aspect, situation, turn.district, turn.district_declined, turn.text)


def answer_corrected(turn: Turn, store, item_id: str, asked: Optional[str] = None) -> Reply:
    """不对不对，是租房 while 购房提取 asks its situation (``corrected_to``), 挂失以后怎么补 after
    社保卡挂失 (``next_step``): the item said instead, answered as if its name had been asked,
    for the aspect ``asked`` (else the one asked before: its materials, when they were asked);
    nothing of the item left is kept."""
    aspect = next(a for a in (asked, turn.aspect, "guide") if a in INTENT_OF_ASPECT)
    names = [s["name"] for s in store.situations(item_id)]
    said = situation_said(turn.text, names) if len(names) > 1 else None   # 哦不对 是港澳通行证丢了: 遗失或被盗补发
    # (the name without its bracket when a case is said: 个体工商户变更登记（含变更经营者） told 变更经营者 for 地址变了; r72 QA)
    name = _CLOSING_BRACKET.sub("", item_name(store, item_id)) if said else item_name(store, item_id)
    named = replace(held_on(turn, item_id), text=name, intent=INTENT_OF_ASPECT[aspect],
                    confidence=1.0, linked_item=item_id, in_scope=True, options=[],
                    situation=f"{item_id}/{said}" if said else None,
                    # (the case told of the item left, for an item of its life event: same_event_told)
                    items_before=[*turn.items_before, turn.situation] if turn.situation else turn.items_before)
    reply = _answer(named, store)
    for slot, value in (("service_item", item_id), ("situation", named.situation), ("options", None)):
        reply.slots.setdefault(slot, value)
    return reply


def other_item_hint(reply: Reply, store, item_id: str) -> Reply:
    """"If what you want is <item>, tell me <item>", with a button that says it (养老保险关系怎么转过来
    to 退休's situations: one tap, not the item's whole name typed)."""
    name = item_name(store, item_id)
    return reply.say(OTHER_ITEM_HINT.format(name=name), buttons=[{"title": name, "payload": name}])


def answer_statement_to_pending(turn: Turn, store, item_id: str) -> Reply:
    """他被公司辞退了 to 失业金's situations (``statement_to_pending``): answered as a reply to
    them (an option it says is chosen, else the question again), and the item the linker
    read in it offered by name, in case it is what the citizen wants."""
    other = turn.linked_item
    turn = held_on(turn, item_id)
    reply = _answer(turn, store)
    if reply.slots.get("service_item", item_id) == item_id:
        reply.slots.setdefault("service_item", item_id)   # Rasa's slot followed the linker: put back
        # asked again: the other item by name; not for a case told in none of its own words (首套 to 新房贷款's
        # 省直 / 非省直 added "如果您要办的其实是“个人房屋交易契税申报”"; r18 QA)
        if reply.slots.get("options") == turn.options and not (
                tells_case(turn.text) and not says_own_name_words(store, other, [item_id], turn.text)):
            other_item_hint(reply, store, other)
    return reply


PROXY_ASKED = "家里人可以代办吗"   # what a correction of whose it is asks


def answered_for_held(turn: Turn, store, held: str, **changes: Any) -> Reply:
    """``turn`` answered as a message about ``held`` (``held_on``, with ``changes``), Rasa's slot, which
    followed the linker, put back on it."""
    reply = _answer(held_on(turn, held, **changes), store)
    reply.slots.setdefault("service_item", held)
    return reply


def held_on(turn: Turn, item_id: str, **changes: Any) -> Turn:
    """``turn`` as a message about ``item_id`` that names no item: what the linker read in it
    (another item, close ones, a list, a service outside the catalog) set aside."""
    return replace(turn, item=item_id, linked_item=None, candidates=[], in_scope=False, ambiguous=False,
                   named_items=[], outside=None, outside_too=None, **changes)


def same_event_told(turn: Turn, item_id: str) -> List[str]:
    """The situations told earlier in the conversation (the one in context, then those before it, latest first) of
    items that share a life event with ``item_id``: the same person's case (在家里走的 for 死亡证明 and 火化)."""
    entries = [turn.situation or "", *reversed(turn.items_before)]
    return [entry.split("/", 1)[1] for entry in entries
            if "/" in entry and (other := entry.split("/", 1)[0]) != item_id
            and any(other in event.items for event in events_with(item_id))]


def aspect_slot(aspect: str, turn: Turn) -> str:
    """The aspect kept for the next turn: a point asked (``specific``) leaves the one before."""
    return turn.aspect or "guide" if aspect == "specific" else aspect


def need_while_choosing(turn: Turn) -> bool:
    """Whether a question whether something is needed (要体检吗), asked while items are
    offered to choose from, names an item not among them: what is needed depends on the
    item chosen, so the choice comes first."""
    offered = [o["value"] for o in turn.options if o.get("kind") == "item"]
    if len(offered) == 1 and turn.options[0].get("unsure") and turn.linked_item is not None \
            and score_read(turn, turn.linked_item) >= SURE_OTHER_SCORE:
        return False   # (要交契税吗 to a faint guess, 新建商品房转移登记: 契税申报, read surely, not the guess again; r63 QA)
    return bool(offered) and asks_if_needed(turn.text) and turn.linked_item is not None \
        and turn.linked_item not in offered


def answer_in_hand(turn: Turn, store, item_id: str, points: bool = True) -> Reply:
    """需要出生证明吗 / 要体检吗 / 能领几个月 about the item in hand (``item_in_hand``), though
    the linker named another: its FAQ if it is one, else what its guide says of that thing (or
    that it says nothing), or, understood for sure as a question of materials not found in
    the guide, its materials; a pending question about its situation or district is asked
    again after the answer (or alone, where the materials wait for the situation). Without
    ``points`` (a question understood, 每个月交多少钱), the usual answer about the item in hand."""
    reply = Reply()
    if turn.item != item_id:
        reply.slots["service_item"] = item_id   # Rasa's slot followed the linker
    situation = turn.situation if (turn.situation or "").startswith(f"{item_id}/") else None
    if turn.situation and not situation:
        reply.slots["situation"] = None
    turn = held_on(turn, item_id, situation=situation)
    offered = turn.options[0]["kind"] if turn.options else None
    if points and asks_about_age(turn.text):
        return answer_age(reply, turn, store, item_id, situation)
    faq = faq_asked(store, item_id, turn) or (faq_of_loss(store, item_id, turn) if points else None)
    if not (points and asks_deadline(turn.text)) and faq is not None:
        # 需要户口本吗 to 结婚登记: its FAQ says (出院半年了还能报吗: the guide's period, not an FAQ on 还能报)
        answer_faq(reply, store, item_id, faq.question, faq.answer)
        if offered:
            ask_pending_again(reply, store, item_id, turn.options)
        return reply
    if points and (asked := aspect_of_needed(turn)) is not None:
        return answer_held(reply, turn, store, item_id, asked, situation)   # 要俩人都去吗: who must go
    if points and asks_amount(turn.text, gives_amounts(store, item_id)):
        points = False   # 每个月扣多少 after 专项附加扣除: the amounts, not lines with 月扣 in them (r25 QA)
    said = point_answer(store, item_id, turn.text, needed=True) if points else None
    plain = [a for a in aspects_asked(turn.text) if a in PLAIN_ASPECTS]
    if said is not None and not said.startswith(POINT_FOUND_START) and len(plain) == 1:
        # 我人在外地 能网上弄吗 to 个体户注销's situations: its online entry, though the guide says nothing of 外地 (it got
        # "没有写到这一点"; r38 QA)
        return answer_held(reply, turn, store, item_id, plain[0], situation)
    if said is None:   # no point of its own after all: the usual answer, about the item in hand
        answered = with_outside_too(with_items_to_come(_answer(turn, store), turn, store), turn, store)
        for slot, value in reply.slots.items():   # the slots Rasa moved after the linker, put back
            answered.slots.setdefault(slot, value)
        return answered
    sure_of_materials = not (turn.confidence < UNSURE_ASPECT or said.startswith(POINT_FOUND_START)
                             or names_point_word(turn.text))
    aspect = "materials" if sure_of_materials else "specific"   # 需要营业执照吗 surely asks the materials
    if offered == "situation" and aspect == "materials":
        # (火化证明要不要 while 死亡证明's situations are asked: "没有完全理解"; r68 QA) what its guide lists, the question
        # again
        return ask_pending_again(reply.say(said), store, item_id, turn.options)
    return answer_held(reply, turn, store, item_id, aspect, situation)


# 要带户口本吗, 要交照片吗: a thing to bring (not 要交钱吗, the fee)
_BRINGING = re.compile(r"带|提供|准备|出具|出示|复印|原件|交(?![钱费多少几了税])")


def aspect_of_needed(turn: Turn) -> Optional[str]:
    """The aspect a question whether something is needed asks, when the classifier reads it
    surely as one that is neither the materials nor the whole guide: 要俩人都去吗 (ask_proxy)
    asks who must go, 要交钱吗 (ask_fee) the fee; None for 要带户口本吗, 要体检吗 (a thing the
    guide may list) and for a point no field is named after."""
    aspect = ASPECT_OF_INTENT.get(turn.intent)
    if aspect in (None, "guide", "materials", "conditions") or turn.confidence < UNSURE_ASPECT \
            or not asks_if_needed(turn.text) or names_point_word(turn.text) or _BRINGING.search(turn.text):
        return None
    return aspect


def answer_held(reply: Reply, turn: Turn, store, item_id: str, aspect: str, situation: Optional[str]) -> Reply:
    """``aspect`` of the item in hand; while its situation or district is asked, the answer
    and then the question again."""
    if turn.options and turn.options[0]["kind"] in ("situation", "district"):
        reply.slots["options"] = None
        return answer_then_ask_again(reply, store, item_id, [aspect], situation, turn.district,
                                     turn.district_declined, turn)
    reply.slots["aspect"] = aspect_slot(aspect, turn)
    return answer_item(reply, store, item_id, aspect, situation, turn.district, turn.district_declined, turn.text)


def answer_age(reply: Reply, turn: Turn, store, item_id: str, situation: Optional[str]) -> Reply:
    """我70岁了还能换吗 / 孩子才3岁能办护照吗 about the item in hand: an age below the minimum
    of the item's name said first, then the guide's lines setting an age (not an FAQ sharing
    a word: 驾照到期能在当地换吗), and then, while its situations are asked, the notice of the
    one situation that age falls in (未满16周岁), else the question again."""
    offered = turn.options[0]["kind"] if turn.options else None
    if (below := age_below(turn.text, item_name(store, item_id))) is not None:
        reply.say(AGE_BELOW.format(age=below[0], name=item_name(store, item_id), minimum=below[1]))
    aged = situations_said(turn.text, [o["value"] for o in turn.options]) if offered == "situation" else []
    if len(aged) == 1:
        situation = f"{item_id}/{aged[0]}"
        reply.say(point_answer(store, item_id, turn.text))
        reply.slots.update(options=None, situation=situation, aspect="guide")
        return answer_item(reply, store, item_id, "guide", situation, turn.district, turn.district_declined, turn.text)
    return answer_held(reply, turn, store, item_id, "specific", situation)


def with_outside_too(reply: Reply, turn: Turn, store) -> Reply:
    """身份证和户口本都丢了: the answer for 身份证, and a line that 户口簿遗失补领 is outside the
    catalog and who handles it, instead of dropping it silently; and, when the item answered
    needs the document the other one replaces (身份证补领 needs the 户口簿), that it does."""
    if turn.outside_too and not turn.outside_too.get("department") and reply.messages \
            and not any(UNREAD_TOO.format(name=turn.outside_too.get("name")) == m.get("text") for m in reply.messages):
        # a question beside the item that reads as nothing (彩票中奖怎么领), whether the item is answered or asked which
        return reply.say(UNREAD_TOO.format(name=turn.outside_too.get("name")))
    if turn.outside_too and turn.linked_item and reply.messages:
        service = turn.outside_too
        reply.say(OUTSIDE_TOO.format(name=service.get("name"), department=service["department"]))
        if not any((m.get("text") or "").startswith("先补") for m in reply.messages):   # (said first, asked which first)
            needs_the_lost(reply, store, turn.linked_item, service)
    return reply


_LOST = re.compile(r"丢|遗失|找不到|找不着|不见了|掉了|被偷|被盗")
THIS_FIRST = "先办{name}：{other}要用到{document}，{document}补好后再办{other}。"
NO_ORDER = "先办哪个都可以：{name}的申请材料里没有{document}，两件事互不影响；{document}向{department}补办。"
FIRST_THE_LOST = ("先补{document}：{name}要用到{document}。请先向{department}补办{document}，拿到后再办{name}"
                  "（办理前也可以向办理地点确认能否凭户籍证明等其他材料先办）。")


def which_first(turn: Turn, store) -> Optional[Reply]:
    """先补哪个 after 身份证和户口本都丢了 (the 身份证's district asked again; r75 QA): the document the item in hand needs, lost
    too and replaced outside the catalog, first; then the question pending, if any."""
    # (asked in the message that says the loss: 户口本身份证一块儿丢了，该先去弄哪个; r78 QA)
    told = f"{turn.before or ''} {turn.text or ''}"
    if not _WHICH_FIRST.search(turn.text or "") or not _LOST.search(told):
        return None
    held = turn.options[0].get("item") if turn.options and turn.options[0].get("kind") in ("situation", "district") \
        else item_held(turn) or turn.linked_item
    if not held or store.item(held) is None:
        return None
    own_document = _LEADING_DOCUMENT.match(item_name(store, held))
    # (…then 驾驶证也丢了，先补哪个, the other read in this message: "先办哪个都可以"; r79 QA)
    said_now = [turn.linked_item] if turn.linked_item and turn.linked_item != held else []
    for other in turn.pending_items + [i.get("id") for i in turn.named_items] + said_now:
        # (身份证掉了，驾驶证也找不着了 → 哪个先: "先办哪个都可以…居民身份证补领的申请材料里没有驾驶证"; r78 QA) — the other
        # needs this one's document: this one first
        if other and other != held and store.item(other) is not None and own_document \
                and any(own_document.group() in m["name"] for m in store.all_materials(other)):
            return _then_pending(turn, store, held, THIS_FIRST.format(
                document=own_document.group(), name=item_name(store, held), other=item_name(store, other)))
    materials = [m["name"] for m in store.all_materials(held)]
    own = item_name(store, held)
    apart = None   # a document lost beside it that it does not need
    # the documents lost beside it: replaced outside the catalog, or by an item still to come (驾驶证和身份证一起丢了: 身份证补领)
    # (an item still to come or named is a document told lost already: 身份证弄丢了 → 还有驾照也一起丢了 → 先补哪个 got the
    # 驾驶证's address, 身份证 said two messages before; r80 QA)
    others = [(service.name, service.department, False) for service in default_services()] \
        + [(item_name(store, i), (store.item(i) or {}).get("department") or "相关部门", True)
           for i in turn.pending_items + [n.get("id") for n in turn.named_items] + said_now if i and i != held and store.item(i)]
    for name, department, lost_before in others:
        document = _LEADING_DOCUMENT.match(name)
        said = document and {document.group(), document.group().replace("簿", "本"), document.group().replace("居民", "")}
        # (not its own document: 先弄哪个 got "先补驾驶证：机动车驾驶证遗失补证要用到驾驶证"; r77 QA)
        if not said or any(d in own for d in said) or not (lost_before or any(d in told for d in said)):
            continue
        if any(d in m for d in said for m in materials):
            return _then_pending(turn, store, held, FIRST_THE_LOST.format(document=document.group(), name=own,
                                                                          department=department))
        apart = apart or (document.group(), department)
    if apart is None:
        return None
    # (结婚证丢了，户口本也丢了 → 先补哪个: the 婚姻登记 office's address alone; r77 QA) neither needs the other
    return _then_pending(turn, store, held, NO_ORDER.format(name=own, document=apart[0], department=apart[1]))


def _then_pending(turn: Turn, store, held: str, said: str) -> Reply:
    """``said``, then the question pending of ``held``, if any, asked again."""
    reply = Reply().say(said)
    if turn.options:
        ask(reply, pending_question(store, held, turn.options[0]["kind"]), turn.options)
    return reply


def needs_the_lost(reply: Reply, store, item_id: str, service: Dict[str, str]) -> Reply:
    """A line that ``item_id`` needs the document the service outside the catalog replaces (身份证补领
    needs the 户口簿 of 户口簿遗失补领), when its materials name it."""
    document = _LEADING_DOCUMENT.match(service.get("name") or "")
    if document and any(document.group() in m["name"] for m in store.all_materials(item_id)):
        reply.say(NEEDS_THE_LOST.format(name=item_name(store, item_id), document=document.group(),
                                        department=service.get("department") or "相关部门"))
    return reply


# the document a service outside the catalog replaces (户口簿 of 户口簿遗失补领)
_LEADING_DOCUMENT = re.compile(r"^[\u4e00-\u9fff]{1,4}?" + DOCUMENT_END)


def _answer(turn: Turn, store) -> Reply:
    reply = Reply()
    if not any(c.isalnum() for c in turn.text or ""):
        return answer_nothing_said(reply, turn, store)
    item, situation = turn.item, turn.situation
    district, declined = turn.district, turn.district_declined
    offered = turn.options[0]["kind"] if turn.options else None   # what the pending options choose
    told_case = False
    # 520那天开门不 (read as choose_option) to the situations: a question of the hours, not a reply
    asks_by_words = is_question(turn.text) and bool(aspects_asked(turn.text))
    if offered in ALL_TOLD_AFTER_CHOICE and asks_if_all_told(turn.text):
        # 就这些吗 / 那还要别的吗 while a situation, a district or an item is asked: "not understood", "not in scope" or the
        # fees of the items offered (r53, r54 QA); the whole notice comes once it is chosen
        item_asked = turn.options[0].get("item") or item
        question = pending_question(store, item_asked, offered) if offered in ("situation", "district") and item_asked \
            and store.item(item_asked) is not None else CHOOSE_FIRST
        return ask(reply, ALL_TOLD_AFTER_CHOICE[offered] + question, turn.options)
    read = turn.linked_item or next((c.get("id") for c in turn.candidates[:1]), None)
    if not offered and read and (event := event_named(turn.text)) is not None \
            and (done := event.done_spans(turn.text)) and read not in event.items_left(turn.text) \
            and (read in event.items or _reissues_for(store, read, event.items)) \
            and asks_only(_WHOSE_SAID.sub("", "".join(c for i, c in enumerate(turn.text) if not any(a <= i < b for a, b in done))),
                          _THEN_ASKED):
        # 出生证到手了, said alone: the certificate's own situations (r74 QA); 结婚证扯了: the marriage items (r75 QA), also when read
        # as the certificate's reissue (补领婚姻登记证 by 结婚证); what is left of its event to do
        return answer_life_event(reply, store, event, turn.text)
    asked_now = turn.options[0].get("item") if offered == "situation" else (item_held(turn) if not offered else None)
    if (kin := sibling_of_who_i_am(turn, store, asked_now)) is not None:
        # 我是退休的 while 租赁提取's situations are asked: "没有完全理解" (r76 QA); its 离休、退休 sibling
        reply = _answer(replace(turn, linked_item=kin, item=kin, item_in_context=kin, options=[], situation=None, ambiguous=False,
                                candidates=[{"id": kin, "name": item_name_of(store, kin), "score": 1.0}]), store)
        reply.slots.setdefault("service_item", kin)
        if turn.options:
            reply.slots.setdefault("options", None)
        return reply
    if (first := which_first(turn, store)) is not None:
        return first
    listed = [o.get("value") for o in turn.options if o.get("kind") == "item"]
    if offered == "item" and (event := event_named(turn.text)) is not None and not set(listed) & set(event.items) \
            and any(set(listed) <= set(other.items) for other in events_with(listed[0])) \
            and offered_by_who_i_am(turn, store) is None:   # (an event's list: 我是退休的 to 住院 / 门诊报销 tells the case)
        # 我被裁员了 to 孩子出生's list: 《出生医学证明》首次签发 (r79 QA); another event told, its list
        return answer_life_event(Reply(slots={"options": None}), store, event, turn.text)
    if offered == "item" and (done := done_among_offered(turn, store)) is not None:
        # 死亡证明有了 to 家人去世's items: that one is done (was its situations asked; r16 QA), the rest again
        return answer_done_among_offered(reply, turn, store, done)
    if (offered in ("situation", "district") or (item and not offered)) and _WHAT_FIRST.search(turn.text or "") \
            and (event := event_in_hand(turn)) is not None:
        return answer_life_event(reply, store, event, turn.text)   # the event's items, in the order they are done
    if offered == "situation" and (_DONT_KNOW.search(turn.text or "") or _ASKS_MEANING.search(turn.text or "")):
        # 我不知道什么是省直 / 省直是啥 to 省直 / 非省直: not a choice by its words (it gave the 省直 notice; r17 QA)
        asked = turn.options[0].get("item") or item
        if asked != item:
            reply.slots["service_item"] = asked   # Rasa's slot followed the linker
        if not _ASKS_MEANING.search(turn.text or "") and store.item(asked) is not None \
                and (apart := situations_compared(store, asked, [o["value"] for o in turn.options])):
            reply.say(apart)   # what tells them apart (不清楚 / 就那个 我不懂 got the same four again, twice; r19 QA)
        return ask(reply, DONT_KNOW.format(question=pending_question(store, asked, offered)), turn.options)
    # (算了先不说这个 驾照补办要啥 to the passport items: 驾照补领, read surely, not 护照补发 by its 补; r31 QA)
    # (等下，先问个别的，社保卡补办要带啥 to them: 护照补发 by 补, 社保卡补领 read at 0.35 beside the aside; r54 QA)
    turned_away = offered == "item" and switches(turn.text) and turn.linked_item is not None \
        and turn.linked_item not in [o["value"] for o in turn.options] \
        and score_read(turn, turn.linked_item) >= (ANOTHER_ITEM_SCORE if _ASKS_ELSE.search(turn.text or "")
                                                   else SURE_OTHER_SCORE)
    item_offers = offered == "item" and not turned_away   # (the items offered may be chosen by this message)
    picked = choose(turn.text, turn.options) if offered and not turned_away else None
    if picked is None and item_offers and not turn.outside:
        # 个人经营 to 个体工商户设立 / 变更 / 注销: the situation of 设立 it names (变更, the linker's best by 经营; r84 QA)
        picked = offered_by_situation_name(turn, store)
    if picked is None and item_offers and not turn.outside \
            and (turn.intent not in ASPECT_OF_INTENT or not is_question(turn.text)) \
            and turn.linked_item in (None, *(o["value"] for o in turn.options)):
        # a question (必须本人去吗) is not a choice; 我要买房子用 (ask_guide) to the withdrawals is one
        picked = offered_best_candidate(turn)
    if picked is None and item_offers and (fit := offered_by_who_i_am(turn, store)) is not None:
        # 我是退休的 to the fund's withdrawals (养老保险退休申请 read at 0.63): 离休、退休提取 (r76 QA)
        picked = next(o for o in turn.options if o.get("kind") == "item" and o.get("value") == fit)
    if picked is None and item_offers and not turn.outside and (not turn.linked_item or not says_state(turn.text)):
        # "我是离职了" to the 公积金 withdrawals: 与单位终止劳动关系提取; "营业执照那个" to 开店's items: 个体工商户设立登记
        # (read as 营业执照补领 by the linker, though nothing was said lost)
        picked = chosen_by_alias(turn, store)
    if picked is None and item_offers and not turn.outside and not turn.named_items \
            and not sibling_read_surely(turn, store):
        # 退休了去儿子那住 to the 异地就医备案 items: 异地安置退休人员备案 (read by the linker); 我在外面租房 to the 公积金
        # withdrawals: 租赁提取 (by its alias 租房提取); 二婚 to 结婚's items: 结婚登记 (its 再婚登记)
        picked = offered_among_read(turn) or offered_kin_of_read(turn, store) or offered_in_topic(turn) \
            or offered_by_words(turn, store) or offered_by_case(turn, store) or offered_by_own_words(turn, store)
    if picked is None and item_offers and not turn.outside and not turn.named_items \
            and len(alike := offered_alike(turn, store)) > 1:
        # 食品的证要多久 to 开奶茶店's items: 食品经营许可 or 健康证, both of 食品 (the time limit of the linker's
        # faint 健康证 came back; r18 QA); the aspect asked is answered once one is chosen
        reply.slots["aspect"] = aspect_to_keep(turn) or "guide"
        return ask(reply, ALIKE_OFFERED, alike)
    if picked is None and item_offers and len(turn.options) == 1 and turn.intent in ASPECT_OF_INTENT \
            and not turn.linked_item:
        # "在哪办" when one item is offered: that item, not the question again. A guess asked about (是不是“临时救助”？)
        # is answered as the guess, saying so: 要什么材料 got the question again (r14 QA), while taken as a yes it
        # passed off a wrong guess as confirmed (社会保障卡启用 for 遗嘱公证 上门; r13 QA)
        picked = turn.options[0]
        if picked.get("unsure"):
            reply.say(GUESS_TAKEN.format(name=picked["title"]))
        if asks_if_needed(turn.text) and store.item(guess := picked["value"]) is not None:
            # 要带户口本吗 to 是不是“内地居民结婚登记”: what its guide says of 户口本 (was its situations asked)
            answered = answer_in_hand(replace(turn, options=[], item=guess, item_in_context=guess), store, guess)
            answered.messages[:0] = reply.messages
            answered.slots.update(service_item=guess, options=None)
            return answered
    if picked is None and item_offers and len(turn.options) == 1 \
            and _YES.match(normalize("NFKC", turn.text or "").strip().lower()):
        picked = turn.options[0]   # 是 / 对 / 没错 to 是不是“…”？: yes, that one
    if picked is None and offered == "topic" and not turn.named_items and not (turn.in_scope and turn.linked_item):
        # 就是买房子贷款那个 to the 公积金 groups, read surely as no item: the group its words name (a list of every
        # withdrawal came; r42 QA)
        picked = chosen_by_words(turn.text, turn.options, head_last=True)
    if picked is None and offered == "topic" and (kin := event_item_among_groups(turn)) is not None:
        # 我开个人的奶茶店 to 营业执照's kinds: "not in scope" (r54 QA); the event's item among them, 个体工商户设立登记
        return answer_corrected(turn, store, kin, aspect_to_keep(turn))
    if picked is None and not offered and turn.pending_items:   # "1" for the first item still to come
        number = picked_number(turn.text)
        if number is not None and 1 <= number <= len(turn.pending_items):
            picked = option("item", turn.pending_items[number - 1], "")
            if (term := turn.pending_terms.get(picked["value"])) is not None:
                # "2" for 营业执照 still to come: which of its items (not the one named for it at random)
                return ask_pending_term(reply, turn, store, picked["value"], term)
        elif number is None and len(reply_core(turn.text)) <= SHORT_FOLLOW_UP and not is_question(turn.text) \
                and not (item and names_item(store, item, turn.text)):   # (not an item's name answered in its stead)
            # 户籍地 with 身份证补领 still to come (after 驾驶证也一起丢了's notice): its situation, not "还有其他要办理的事项吗"
            # (r61 QA)
            fitting = [(i, said) for i in turn.pending_items if i != item
                       and (said := situation_said(turn.text, [x["name"] for x in store.situations(i)])) is not None]
            if len(fitting) == 1:
                picked = {**option("item", fitting[0][0], ""), "situation": fitting[0][1]}
    # 那二手房呢 to 租房提取's situations: a follow-up naming other items of the department, not a reply
    follow = items_of_follow_up(store, item, turn) if item and offered in (None, "situation", "district") else []
    on_item = offered in ("situation", "district") and bool(item) and not about_another_item(turn, store) and not follow
    if on_item and (asked := turn.options[0].get("item")) and asked != item and store.item(asked) is not None:
        # (孩子在外地上学 能在学校那边办吗 to 身份证首次申领's districts, 转学 read unsurely: Rasa's slot followed the linker)
        item = reply.slots["service_item"] = asked
    if picked is None and on_item and not (is_question(turn.text) and faq_asked(store, item, turn) is not None) \
            and not _ASKS_CRITERION.search(turn.text or ""):
        # 在外地打工 to 户籍地补领 / 异地补领 (not a question its FAQ answers: 地租给别人种了 补贴归谁 to 耕地补贴's situations
        # chose 补贴账户或领取人变更 by its 补贴 and got that notice; r39 QA)
        picked = chosen_by_words(turn.text, turn.options) or chosen_with_before(turn.text, turn.before, turn.options)
    elif picked is None and (back := case_reply_to(turn, store)) is not None:
        # "就在户口所在地补" to 户籍地补领 / 异地补领, though it reads like 开具户籍类证明 to the linker
        picked, item = back
        reply.slots["service_item"] = item
    if picked is None and offered == "district" and _ANY_DISTRICT.search(turn.text or ""):
        # 都行 / 哪个都可以 / 城东城西都行 / 哪个人少去哪个: every district's office (it asked again)
        picked = next((o for o in turn.options if o.get("value") == ALL_DISTRICTS), None)
    if picked is None and offered == "district" and item and (other := situation_named_again(turn, store, item, True)):
        # 异地补领 typed while the district is asked (户籍地补领 chosen): that situation, the district still to say
        reply.slots["situation"] = f"{item}/{other}"
        return ask(reply, SITUATION_NOW.format(situation=other) + pending_question(store, item, "district"), turn.options)
    if turn.options:
        reply.slots["options"] = None
    if turn.item_asked_for:
        reply.slots["item_asked_for"] = None   # asked for one turn only
    if picked:
        kind, value = picked["kind"], picked["value"]
        if kind in ("situation", "district") and picked.get("item") and picked["item"] != item:
            # "婚生子女入户" to 出生登记's situations reads like 随迁子女入学 to the linker, and
            # Rasa's slot followed it: the option chosen says whose situation it is
            item, situation = picked["item"], (situation if (situation or "").startswith(f"{picked['item']}/") else None)
            reply.slots["service_item"] = item
        if kind == "faq":
            return answer_chosen_faq(reply, store, item, value)
        if kind == "topic":
            items = group_items(store, group_of(value))
            if len(items) != 1:
                return ask_items(reply, items, turn.aspect)
            kind, value = "item", items[0]["id"]
        if kind == "item":
            # (the situation the question that offered it told: 初中 of 小孩要上初中了 怎么报名)
            item, situation = value, f"{value}/{picked['situation']}" if picked.get("situation") else None
            reply.slots.update(service_item=value, situation=situation)
        elif kind == "situation":
            situation = f"{item}/{value}"
            reply.slots["situation"] = situation
        elif value == ALL_DISTRICTS:
            declined = True
            reply.slots["district_declined"] = True
        else:
            district = value
            reply.slots["district"] = value
    elif offered == "district" and turn.intent == "deny":
        declined = True
        reply.slots["district_declined"] = True
    elif offered in ("item", "topic") and _DONT_KNOW.search(turn.text or "") and not turn.linked_item:
        # 不知道 / 不清楚 to the items offered (read as nothing: it was the welcome question again)
        return ask(reply, DONT_KNOW_WHICH, turn.options)
    elif offered == "situation" and item and _NONE_OF_THEM.match(reply_core(turn.text)):
        # 都不是 to the situations (read as "not this item": the item was dropped): still this item
        return ask(reply, NONE_FITS.format(question=pending_question(store, item, offered)), turn.options)
    elif offered == "situation" and turn.intent == "deny" and not (turn.linked_item == item and turn.in_scope):
        # (护照丢了 again, read as a no at 0.18 while 护照补发 is linked sure: the item said again, not "not this")
        reply.slots.update(service_item=None, situation=None)   # "不是这个": not this item
        return reply.say(f"{NOT_THIS}{HOTLINE_HELP}")
    elif offered in ("situation", "district") and item and asks_what_else(turn.text) \
            and (to_do := still_to_do(turn, store, item))[0]:
        # 办完还要办啥 while 个体户设立's situations are asked (开店's items to come, or the first event with the
        # item; was "not understood"): those, kept to come, then the question
        others, note = to_do
        names = "、".join(f"“{item_name(store, i)}”" for i in others)
        reply.say(STILL_TO_DO.format(name=item_name(store, item), names=names) + note)
        reply.slots["pending_items"] = others
        return ask_pending_again(reply, store, item, turn.options)
    elif offered == "item" and turn.pending_items and asks_what_else(turn.text):
        return ask(reply, EVENT_ITEMS_AGAIN, turn.options)   # 还要办啥 right after 开店's list: those (were random items)
    elif offered == "item" and turn.pending_items and (_WHICH_FIRST.search(turn.text or "") or asks_next(turn.text)) \
            and (values := [o["value"] for o in turn.options]) == [i for i in turn.pending_items if i in values]:
        # 先办哪个 after 家人去世's list: the order they are listed in (it got the same list again; r21 QA); so too 下一步 /
        # 然后呢 before any of the list is chosen (it got the list again, "请先告诉我…哪一项"; r79 QA)
        return ask(reply, EVENT_ORDER, turn.options)
    elif offered and is_number(turn.text):
        return ask(reply, NO_SUCH_OPTION, turn.options)   # "5" of two: the same options again
    elif is_number(turn.text):
        return reply.say(NO_OPTIONS_NOW)   # "2" with nothing to choose (an old button): not the last answer again
    elif not offered and item and asks_if_all_told(turn.text) and store.item(item) is not None \
            and turn.said_last and not any(_MATERIALS_LISTED.search(m.get("text") or "") for m in turn.said_last):
        # 就这些吗 after an FAQ's answer (出生证明丢了能补吗): "要带的就是上面列的4项材料", none listed (r84 QA)
        return reply.say(NO_LIST_YET.format(name=item_name(store, item)))
    elif not offered and item and asks_if_all_told(turn.text) and store.item(item) is not None:
        # 就这些吗 after a notice (再见, "not in scope"; r50 QA)
        return answer_all_told(reply, store, item, situation, turn.text, turn.pending_items)
    elif offered in ("situation", "district") and item and asks_next(turn.text) and not turn.pending_items:
        # (下一个 with nothing still to come, the other thing asked being outside the catalog and told already: "没有完全
        # 理解"; r68 QA) that there is no other, then the question again
        outside = (turn.outside_in_context or {}).get("name")
        said = NOTHING_TO_COME + (OUTSIDE_TOLD_BEFORE.format(name=outside) if outside else "")
        return ask_pending_again(reply.say(said), store, item, turn.options)
    elif not offered and item and (asks_what_else(turn.text) or (asks_next(turn.text) and not turn.pending_items)) \
            and not (turn.item_in_context != item and event_asked(turn.text) is not None):
        # (not an event told with it in a first message: 我老伴上个月走了，火化证明已经拿到手了，后面还要去办哪些手续 read
        # 遗属待遇 and got the other items, the death certificate and the cremation done among them; r80 QA)
        # (下一个 with nothing still to come after an event's item told at once, 宝宝出生了: its other items)
        return answer_what_else(reply, store, item, turn.text)   # 还要办别的证吗 after the 个体户 notice
    elif (event := event_asked(turn.text)) is not None \
            and not (item and turn.item_in_context and not offered and faq_asked(store, item, turn) is not None):
        # (失业了医保咋办 after the 失业金 notice: its FAQ on 医保 while unemployed, not 失业's list again; not an FAQ of the
        # item this message is read as: 家里老人去世了需要办什么 got 销户's FAQ 家里老人去世了，多久内要去销户; r73 QA)
        return answer_life_event(reply, store, event, turn.text)
    elif not offered and not (turn.in_scope and turn.linked_item) and (event := hardship_asked(turn.text)) is not None:
        # 我离婚了一个人带俩娃 …我这样的能申请点啥不: 法律援助 guessed, or "not in scope" (r47 QA)
        return answer_life_event(reply, store, event, turn.text)
    elif not offered and topic_asked(turn.text) is None and (agency := agency_asked(turn.text)) is not None:
        # 车管所那边都可以办些什么, 民政局能办啥业务: "请问您要办理什么事项", or two items at random (r58 QA): its items
        return ask_agency_items(reply, store, *agency)
    elif (topic := topic_asked(turn.text) or (None if turn.in_scope or offered or len(reply_core(turn.text)) < ALLOWANCES_STORY
                                              else allowances_asked(turn.text))) is not None \
            and not (item and offered in (None, "situation", "district")
                                                                 and aspects_asked(turn.text) and in_topic(topic, item)) \
            and not (offered == "item" and tells_case(turn.text) and not is_question(turn.text)):
        # (我有房子 to 是不是“户口迁移（父母投靠子女）”: the citizen's case, not the 不动产 kinds of business; r15 QA)
        # (要多久能拿到执照 with 公司设立 in hand: its time limit, not the 营业执照 kinds of business)
        if item and not offered and not in_topic(topic, item) and not asks_contact(turn.text) \
                and (kin := event_kin_in_topic(store, item, topic)) is not None:
            # 那公积金呢 after the 失业金 notice (被公司裁了): the fund's item of the same event, 离职提取, not the fund's
            # five kinds of business (r51 QA)
            return answer_corrected(turn, store, kin, aspect_to_keep(turn))
        if asks_contact(turn.text) and (numbers := contacts_answer(topic.name, topic_points(store, topic))):
            reply.say(numbers)   # 公积金电话: its offices' numbers, then which kind of business
        elif item and not in_topic(topic, item) and (lines := held_lines_on_topic(turn, store, item)) is not None:
            # 那医保呢 after the 失业金 notice: what its guide says of 医保, then the kinds of 医保 business (not after an
            # item of 医保 itself, whose guide names 医保 everywhere)
            reply.say(lines)
        return ask_topic(reply, topic, turn)
    elif len(said := group_items(store, group_asked(turn.text))) > 1:
        # 想把户口迁走: the topic and a kind of its business, which is several items
        return ask_items(reply, said, aspect_to_keep(turn))
    elif len(said) == 1 and turn.linked_item != said[0]["id"]:
        # 社保怎么查: a kind of one item (个人参保证明查询打印), though the linker read another (养老保险关系转移)
        return answer_corrected(turn, store, said[0]["id"], aspect_to_keep(turn))
    elif turn.outside:
        outside_catalog(reply, turn.outside, turn.text)
        if (held := item or turn.item_in_context) and store.item(held) is not None:
            # 户口本也丢了(还要带户口本吗) with 身份证补领 in hand, which needs it: said so
            needs_the_lost(reply, store, held, turn.outside)
        if offered in ("situation", "district") and item:   # 户口本也丢了 to 身份证补领's situations
            ask_pending_again(reply, store, item, turn.options)
        return reply
    elif not offered and not turn.linked_item and not says_state(turn.text) \
            and not (turn.item_in_context and (tells_status(turn.text) or aspects_asked(turn.text))) \
            and not document_of_family_asked(turn) and (event := event_named(turn.text)) is not None \
            and not (item and faq_asked(store, item, turn) is not None):   # (残疾证补办: a certificate, not the event;
        # 是退休职工 after the 异地就医 notice: who the insured is, not the 退休 event; 周末能领证吗 after
        # 结婚登记: its hours; 失业了医保咋办 after the 失业金 notice: its FAQ)
        return answer_life_event(reply, store, event, turn.text)   # "我想开个奶茶店", "我爸去世了"
    elif offered in ("situation", "district") and item and says_whose(turn.text) and not switches(turn.text) \
            and ASPECT_OF_INTENT.get(turn.intent, "guide") == "guide":
        # "个体户的" to the situations of 营业执照补领: whose licence, not another item (the question is
        # the options' item's: Rasa's slot may have followed the linker to another)
        asked = turn.options[0].get("item") or item
        if asked != item:
            reply.slots["service_item"] = asked
        return ask_again_not_understood(reply, store, asked, offered, turn.options, turn)
    elif on_item and offered == "situation" and turn.district_named and district and is_question(turn.text):
        # 城西区的呢 after the days open, while the situation is asked: that district's office, then the question
        return answer_then_ask_again(reply, store, item, aspects_asked(turn.text) or ["place"], situation, district,
                                     declined, turn)
    elif on_item and asks_amount(turn.text):
        pass   # 年收入12万，能退多少 while the situation is asked: answered, then the question again
    elif on_item and offered == "situation" and not is_question(turn.text) \
            and 1 < len(said := situations_said(turn.text, [o["title"] for o in turn.options])) < len(turn.options):
        # 肢体残疾 to 残疾人证's four: the two of 智力、精神类以外 (a guide line on 肢体残疾, then all four; r84 QA)
        narrowed = [o for o in turn.options if o["title"] in said]
        return ask(reply, NARROWED.format(count=len(narrowed)), narrowed)
    elif on_item and offered == "situation" and not is_question(turn.text) \
            and len(narrowed := options_by_words(turn.text, turn.options)) > 1:
        # 是公积金贷款 to 偿还本市 / 商业 / 异地住房公积金贷款: the two of 公积金贷款 (was the four 公积金贷款 items; r18 QA)
        return ask(reply, NARROWED.format(count=len(narrowed)), narrowed)
    elif on_item and (asks_guide_point(turn, store, item) or tells_guide_point(turn, store, item)):
        # 离婚协议里孩子归谁要写吗 (俺们是农村户口) while the situation is asked: what the guide says of it,
        # then the question again
        return answer_then_ask_again(reply, store, item, ["specific"], situation, district, declined, turn)
    elif on_item and offered in ("situation", "district") and turn.in_scope and turn.linked_item == item \
            and corrects_choice(turn.text):
        # 不是这个，我是说我儿子的身份证丢了，他12岁 while 身份证补领's situations are asked: the same item ("not in scope";
        # r56 QA), said so, and its question again
        reply.say(SAME_ITEM_WHILE_ASKED.format(name=item_name(store, item)))
        return ask(reply, pending_question(store, item, offered), turn.options)
    elif on_item and turn.intent in NOT_UNDERSTOOD_INTENTS and switches(turn.text) and not other_items_close(turn, item) \
            and faq_asked(store, item, turn) is None and not turn.district_named:   # (那就城西区吧: a district; r86 QA)
        # 算了 先问下医保卡怎么停 while 离职提取公积金's situations are asked: that new question is not understood, said
        # so, and the situations kept (it was "我没有完全理解" and the situations again, as if a reply; r20 QA)
        reply.say(f"{NOT_IN_SCOPE}{HOTLINE_HELP}")
        return ask_pending_again(reply, store, item, turn.options)
    elif on_item and ASPECT_OF_INTENT.get(turn.intent, "guide") == "guide" and not turn.named_items \
            and not (turn.intent in NOT_UNDERSTOOD_INTENTS and faq_asked(store, item, turn) is not None) \
            and not asks_by_words:
        # a reply in other words (首次, 才生下来两个月, 二手车) to this item's situations or
        # districts: the citizen is still on this item, so the same question again (嗯, 好的, or the
        # item said again: understood, only not a choice, so without "not understood")
        return ask_again_not_understood(reply, store, item, offered, turn.options, turn)
    elif item and not offered and tells_case(turn.text) and (situation or "").startswith(f"{item}/") \
            and not is_question(turn.text) \
            and situation_said(turn.text, [s["name"] for s in store.situations(item)]) == situation.split("/", 1)[1]:
        # 初婚 after the notice of 结婚登记's 结婚登记 situation: the notice given is that case's (not a question:
        # 孩子要到场吗 of a child's passport, whose 孩子 says 未满16周岁, asks who goes; r19 QA)
        return reply.say(SAME_CASE.format(situation=situation.split("/", 1)[1], name=item_name(store, item)))
    elif item and not offered and (case := case_told_after(turn, store, item, situation)) is not None:
        # 我是外地户口，在这边打工 after the 户籍地补领 notice: the same item, the case told
        situation, told_case = f"{item}/{case}", True
        reply.slots["situation"] = situation
    elif offered == "topic" and (inside := read_in_topic(turn, store)):
        # 我是自由职业，没单位 to the 社保 groups: the 社保 items the linker read (灵活就业养老, 医保参保)
        # before the one it linked outside them (灵活就业公积金缴存)
        reply.slots["service_item"] = turn.item_in_context   # Rasa's slot followed the linker
        return ask_items(reply, inside, ASPECT_OF_INTENT.get(turn.intent))
    elif offered == "item" and sibling_without_own_words(turn, store):
        # 有限公司 to 公司注销登记 / 企业简易注销登记 (read as 公司设立登记): the kind of company, the items again
        reply.slots["service_item"] = turn.item_in_context   # Rasa's slot followed the linker
        return ask(reply, CHOOSE_FIRST, turn.options)
    elif offered == "item" and not turn.in_scope and (asked := faq_of_one_offered(store, turn)) is not None:
        # 中间空了两三个月没交 有影响吗 to 灵活就业公积金 / 灵活就业医保: the FAQ of the one it asks ("not in scope"; r38 QA)
        reply.slots.update(service_item=asked[0], situation=None, options=None)
        return answer_faq(reply, store, asked[0], asked[1].question, asked[1].answer)
    elif offered == "item" and (other := statement_to_items(turn, store)) is not None:
        # 我是外省的，迁到外省去 to the 户口迁移 items (→ 残疾人证迁移): the same items again
        reply.slots["service_item"] = turn.item_in_context
        ask(reply, CHOOSE_FIRST, turn.options)
        return other_item_hint(reply, store, other)
    elif turn.linked_item:
        linked = store.item(turn.linked_item)
        # (of several items named, what is said of this one: 我要换驾照，还有那个行驶证丢了补领; r56 QA)
        # (or beside a service outside the catalog: 换身份证和补办户口本 was 身份证补领, by the 户口本's 补办; r81 QA)
        said = said_of_item(store, turn.linked_item, turn.text) if len(turn.named_items) >= 2 or turn.outside_too \
            else turn.text
        fixed = member_by_state(said, linked, store.family(turn.linked_item)) if linked else None
        if linked and fixed is None and turn.item_in_context and turn.item_in_context != turn.linked_item:
            # 身份证呢 after 护照补发 (read 换领): lost, as the passport was
            fixed = member_in_state(turn, store, turn.linked_item, turn.item_in_context)
            fixed = fixed if fixed != turn.linked_item else None
        if fixed:   # 护照首次申请 linked to 普通护照换发: 首次 says which of the family
            item = fixed
            reply.slots["service_item"] = fixed
        if situation and not situation.startswith(f"{item}/"):
            situation = None
            reply.slots["situation"] = None
    elif item and not offered and not turn.in_scope and asks_amount(turn.text, gives_amounts(store, item)):
        pass   # 一个月给多少 after the 高龄津贴 notice: the amount of the item in context, though not understood
    elif offered != "item" and len(alike := pending_alike(turn, store)) > 1:
        # 食品的那个证要多久 after 个体户 of 开早餐店's items: 食品经营许可 or 健康证 (r23 QA); the aspect answered once chosen
        reply.slots["aspect"] = aspect_to_keep(turn) or "guide"
        return ask(reply, ALIKE_OFFERED, alike)
    elif offered != "item" and (pending := pending_named(turn)) is not None:
        item, situation = pending, None
        reply.slots.update(service_item=pending, situation=None)
    elif follow:
        # 签注呢 while 港澳通行证's situations are asked: of 港澳签注 and 台湾签注, the same business for two
        # documents, the one of its family (r12 QA); not of several businesses (那贷款呢 after 租房提取)
        parallel = len({business_key(f["id"]) for f in follow}) == 1
        kin = [f for f in follow if family_key(f["id"]) == family_key(item)] if len(follow) > 1 and parallel else follow
        if len(kin) != 1:   # "那贷款呢" after 公积金提取: the 公积金 items about loans, not 助学贷款
            return ask_items(reply, follow, ASPECT_OF_INTENT.get(turn.intent))
        follow = kin
        item, situation = follow[0]["id"], None
        reply.slots.update(service_item=item, situation=None)
    elif item and not offered and ASPECT_OF_INTENT.get(turn.intent) == "guide" and not turn.in_scope \
            and turn.candidates and turn.candidates[0]["id"] != item \
            and turn.candidates[0].get("score", 0) >= (CLOSEST_MIN_SCORE if switches(turn.text) else ANOTHER_ITEM_SCORE):
        # 对了我身份证也丢了 after the 驾驶证 notice: the close items offered, not that notice again (算了，先问
        # 一下医保卡丢了怎么办, put as a turn to something else: offered though read at 0.23)
        return ask_items(reply, items_to_offer(store, turn.candidates, turn.text), "guide")
    elif item and not offered and turn.intent in ASPECT_OF_INTENT and not turn.in_scope and switches(turn.text) \
            and turn.candidates and turn.candidates[0]["id"] != item \
            and turn.candidates[0].get("score", 0) >= CLOSEST_MIN_SCORE \
            and len(words_of_read(store, turn.candidates[0]["id"], turn.text, item)) >= 2:
        # 对了 还有那个辞职提公积金需要什么材料 after 社保卡补领: the item read well ahead of the next (离职提取 at 0.28, then
        # 0.10), else the close items, the materials kept for the one chosen (社保卡补领's materials came; r24 QA)
        best, second = (c.get("score", 0) for c in (turn.candidates + [{}])[:2])
        if best >= AHEAD * second:
            return answer_corrected(replace(turn, options=[]), store, turn.candidates[0]["id"], aspect_to_keep(turn))
        return ask_items(reply, items_to_offer(store, turn.candidates, turn.text), aspect_to_keep(turn))
    elif turn.in_scope and turn.ambiguous and item and not offered and tells_case(turn.text) \
            and tells_guide_point(turn, store, item):
        pass   # 本地户口 after the 结婚登记 notice: what its guide says of 户口 (was a choice of 户口 items and 新车上牌)
    elif turn.in_scope and turn.ambiguous and faintly_read(turn, item):
        pass   # 可以提前办吗 while 身份证换领 asks its situation: not 提前还贷 or 提前退休 (read at 0.06)
    elif turn.in_scope and turn.ambiguous and item and not offered and turn.candidates \
            and turn.candidates[0].get("id") == item and follows_on(turn, item) and not switches(turn.text) \
            and (asks_guide_point(turn, store, item) or tells_guide_point(turn, store, item)):
        pass   # 户口本在老家拿不到咋整 after the 结婚登记 notice, read first as it: it (was a list with 预防接种证; r57 QA)
    elif turn.in_scope and turn.ambiguous and word_of_held_read(turn, store, item):
        pass   # 那备案怎么弄 after 预包装食品备案: its own process, not the 备案 of 就医 / 租赁 / 维修 read (r19 QA)
    elif turn.in_scope and turn.ambiguous and offered == "item" and (one := one_offered_among(turn, store)):
        item, situation = one, None   # 过户要多少钱 to the 买二手房 items: the one 过户 of them
        reply.slots.update(service_item=one, situation=None)
    elif turn.in_scope and turn.ambiguous and (one := in_hand_among_offered(turn, store)) is not None:
        item, situation = one, turn.situation   # 过户要多少钱 in the 二手车过户 conversation: that 过户
        reply.slots["service_item"] = one
    elif turn.in_scope and turn.ambiguous and offered in (None, "situation", "district") \
            and (one := kin_of_held(turn)) is not None:
        # 签注多少钱 after the 港澳通行证 notice, 签注呢 while its situations are asked: 港澳签注, of its family
        item, situation = one, None
        reply.slots.update(service_item=one, situation=None, options=None)
    elif turn.in_scope and turn.ambiguous and (one := offered_by_state(turn, store)) is not None:
        item, situation = one, None   # 护照补办要多久: of the passport items, the one of 补
        reply.slots.update(service_item=one, situation=None)
    elif turn.in_scope and turn.ambiguous and item and not offered and turn.candidates \
            and turn.candidates[0].get("id") == item and faq_asked(store, item, turn) is not None:
        pass   # 失业了医保咋办 after the 失业金 notice, read 失业金 first and 失业登记 next: 失业金's FAQ on 医保
    elif turn.in_scope and turn.ambiguous and len(turn.named_items) >= 2 \
            and store.item(turn.named_items[0]["id"]) is not None:
        # 户口要咋个销，他公积金里头还有钱能不能取出来: each part named its item; the first named is told
        # first (the others are kept for after), not a choice among the closest items
        item, situation = turn.named_items[0]["id"], None
        reply.slots.update(service_item=item, situation=None)
    elif turn.in_scope and turn.ambiguous and offered == "item" and not switches(turn.text) \
            and not any(c.get("score", 0) >= ANOTHER_ITEM_SCORE for c in turn.candidates):
        # 要单位去办还是我自己去 to 正常 / 提前退休申请: those again, the question kept for the one chosen (was a new
        # list of the items read at 0.10, 抵押权首次登记 among them, then answered of it; r16 QA)
        return ask_item_again(reply, turn, store)
    elif turn.in_scope and turn.ambiguous and (one := the_one_not_had(turn, store)) is not None:
        item, situation = one, None   # 出生证明有了，怎么上户口: 出生登记, not 出生医学证明 offered beside it
        reply.slots.update(service_item=one, situation=None)
    elif turn.in_scope and turn.ambiguous:
        return ask_item(reply, turn, store)
    elif offered == "item" and turn.intent not in NOT_UNDERSTOOD_INTENTS:
        return ask_item_again(reply, turn, store)
    elif turn.intent in ("affirm", "deny") and not item and not offered and not written_in_latin(turn.text):
        # "没有" / "好的" with nothing asked and no item in context: not a question to answer
        # (Latin letters guessed as a yes or no, asdfghjkl, are not understood instead)
        return reply.say(NOTHING_MORE if turn.intent == "deny" else WHAT_THEN)
    elif turn.intent in NOT_UNDERSTOOD_INTENTS and not answered_by_its_lines(store, item, turn.text) \
            and (faq := faq_asked(store, item, turn) or faq_of_loss(store, item, turn)) is not None:
        answer_faq(reply, store, item, faq.question, faq.answer)   # "明天要坐飞机怎么办" after 身份证补领
        if offered in ("situation", "district") and (turn.options[0].get("item") or item) == item:
            # 不注销会咋样 while 个体户注销's situations are asked: the FAQ, then the question again (it was dropped,
            # and "2" then had nothing to choose; r21 QA)
            ask_pending_again(reply, store, item, turn.options)
        return reply
    elif offered in ("situation", "district") and turn.intent in NOT_UNDERSTOOD_INTENTS and item \
            and not other_items_close(turn, item) and not switches(turn.text):
        return ask_again_not_understood(reply, store, item, offered, turn.options, turn)
    elif turn.intent in NOT_UNDERSTOOD_INTENTS and not offered \
            and (asks_guide_point(turn, store, item) or tells_guide_point(turn, store, item)):
        # 如果户口本在老家拿不到怎么办 after the 结婚登记 notice: what its guide says of 户口本 (我没有营业执照啊
        # 我是打工的 after the 居住证 notice: what it says of 营业执照, not "out of scope")
        return answer_held(reply, turn, store, item, "specific", situation)
    elif offered == "item" and turn.intent in NOT_UNDERSTOOD_INTENTS and not is_question(turn.text) \
            and len(reply_core(turn.text)) <= LONG_REPLY and not other_items_close(turn, "") and not turn.outside:
        # 已经看完了 自己垫钱了 to 住院 / 门诊报销 / 异地备案: the case told, not which one; "not in scope" lost the
        # items (r14 QA): they are asked again
        return ask(reply, f"{NOT_QUITE}{CHOOSE_FIRST}", turn.options)
    elif turn.intent in NOT_UNDERSTOOD_INTENTS or not item:
        return not_understood(reply, turn, store)
    elif turn.intent in ("affirm", "deny") or (offered and turn.intent == "choose_option" and not asks_by_words):
        return reply.say(ANYTHING_ELSE)
    elif not offered and not turn.district_named and (district := district_not_offered(turn.text, [])) is not None:
        # 城南区 after the 低保 notice: "好的。关于最低生活保障，您还想了解什么" (r84 QA); no such district, the places there are
        reply.say(DISTRICT_NOT_HERE.format(district=district))
        return answer_item(reply, store, item, "place", situation, None, True, turn.text)
    elif turn.intent in ("inform", "choose_option") and not offered and not turn.linked_item and not turn.district_named \
            and turn.aspect == "guide" and not is_question(turn.text):   # (不是本地户口咋办 asks; r19 QA)
        # 娃今年5岁 after the notice, telling nothing it depends on: not the same notice again
        return reply.say(WHAT_ELSE.format(name=item_name(store, item)))

    asked_for = aspect_asked_for(turn)
    # 能提多少 / 每个月能领多少: how much one gets, which the fee does not answer (a first
    # question that names its item gets the whole notice, whose conditions say it)
    gives = gives_amounts(store, item)
    # (or a guess taken by the question: 一个月能给多少 to 是不是“最低生活保障”, answered its time limit; r43 QA)
    amount = (not picked or picked.get("unsure")) and asks_amount(turn.text, gives) \
        and not (turn.linked_item and ASPECT_OF_INTENT.get(turn.intent, "guide") == "guide") \
        and (gives or not asks_many_things(turn.text))   # (报销多少 of another need: r23 QA)
    aspect = asked_for or ("amount" if amount else None) or ASPECT_OF_INTENT.get(turn.intent) or turn.aspect or "guide"
    unsaid = None
    if not (picked or asked_for or amount) and asks_a_point(turn, store, item):
        aspect = "specific"   # 要登报吗 / 要体检吗: what the guide says of that, not the field guessed
        asked = aspects_asked(turn.text)
        word = next((w for w in POINT_WORDS if w in (turn.text or "")), None)
        if asked and word and not (point_answer(store, item, turn.text) or "").startswith(POINT_FOUND_START):
            # 大概几天能拿到 加急行不: the time limit, then that the guide says nothing of 加急 (it was only "没有写到这一点"; r48 QA)
            aspect, unsaid = asked[0], POINT_UNSAID.format(word=word, name=item_name(store, item))
    elif not (asked_for or amount) and aspect == "time_limit" and asks_deadline(turn.text):
        # 出生多久之内要上户口: by when to apply, not how long the office takes (出生后多长时间内必须参保 choosing
        # 居民医保参保 of the items offered too; r30 QA)
        aspect = "specific"
    elif not (picked or asked_for or amount) and turn.linked_item == item and turn.item_in_context != item \
            and asks_about_age(turn.text) and aspect != "guide":
        aspect = "guide"   # 孩子才3岁能办护照吗 (ask_proxy) first: the notice, of the situation of that age
    elif not (picked or asked_for or amount or offered) and aspect == "guide" and asks_guide_point(turn, store, item):
        aspect = "specific"   # 离婚协议里孩子归谁要写吗 after the notice: not the notice again
    elif not (picked or asked_for or amount) and may_i_misread(turn):
        # 男的能领吗 (ask_online): who may, which the conditions say; 租房能取公积金吗 naming its item first: the
        # notice, which says that and the rest (it got the online entry only; r18 QA)
        aspect = "guide" if turn.linked_item == item and turn.item_in_context != item else "conditions"
    elif not (picked or asked_for or amount) and asks_where_for_a_point(turn, store, item, aspect):
        aspect = "specific"   # 体检去哪做 after the 驾驶证换证 notice: where its guide says to have it done
    elif not (picked or asked_for or amount or offered) and turn.intent not in ASPECT_OF_INTENT \
            and tells_guide_point(turn, store, item):
        aspect = "specific"   # 我是外地户口 after an answer: what the guide says of 外地, not that answer again
    elif not (picked or asked_for or amount or offered or turn.district_named) and turn.intent not in ASPECT_OF_INTENT \
            and aspect in NARROW_ASPECTS and aspect == turn.aspect and len(reply_core(turn.text)) >= 3:
        aspect = "guide"   # a statement after who may go (or the fee …) is not that question again
    guessed = aspect
    aspect, several = aspects_by_words(turn, aspect, on_item, not (picked or asked_for or amount))
    case_words = not amount and ASPECT_OF_INTENT.get(turn.intent) in (None, "guide", "conditions")
    if told_case and case_words and aspect == guessed:   # (身份证过期了 换一个要多久: the time limit its words ask; r21 QA)
        aspect = "materials" if turn.aspect == "materials" else "guide"   # what that case needs
    elif picked and picked["kind"] in ("situation", "district") and case_words and not asked_for:
        aspect = turn.aspect or "guide"   # 我是外地户口，在这边上班 to the situations: what was asked, not 办理条件
    elif turn.linked_item and turn.intent not in ASPECT_OF_INTENT and not asked_for \
            and not (turn.intent in NOT_UNDERSTOOD_INTENTS and aspect != guessed):   # (换的话多少钱: its words; r19 QA)
        aspect = "guide"
    elif turn.district_named and turn.intent not in ASPECT_OF_INTENT and not picked and offered != "situation":
        aspect = "place"   # "高新区" after the time limit was answered: where to go there
    elif offered in ("situation", "district") and turn.aspect in ("guide", "materials") and not picked \
            and on_item and aspect != "guide" and not (offered == "situation" and aspect == "materials") \
            and not (offered == "district" and aspect == "place"):
        # 要多久 / 在哪办 while the notice waits for the situation or the district; 要带什么 while it
        # waits for the district (the materials do not depend on it); an FAQ the message asks first (明天要坐飞机，补办要多久)
        if (faq := faq_asked(store, item, turn)) is not None:
            answer_faq(reply, store, item, faq.question, faq.answer, more_follows=True)
        return answer_then_ask_again(reply, store, item, several or [aspect], situation, district, declined, turn)
    elif offered in ("situation", "district") and turn.aspect == "guide" and aspect in ("materials", "place"):
        aspect = "guide"   # "周末能办吗" while the notice waits for the district: the notice has it
    if aspect == "guide" and not (picked or offered or several) and turn.item_in_context == item \
            and turn.aspect == "guide" and asks_if_may(turn.text):
        aspect = "conditions"   # (我是被公司辞退的 交了两年失业保险 能领吗 right after the notice: the notice again; r45 QA)
    if several and aspect not in ("guide", "specific"):
        return answer_aspects(reply, store, item, several, situation, district, declined, turn.text)
    reply.slots["aspect"] = aspect_slot(aspect, turn)
    # (a question picking a situation by its words may still be an FAQ: 房东不给租房合同咋整 to 居住证's 就业 / 住所 is
    # 住所, and the FAQ on proving where one lives; it got which district; r23, r24 QA)
    faq = None if (picked and not picked_by_question(picked, turn)) or aspect == "specific" \
        else faq_asked(store, item, turn) or faq_of_a_clause(store, item, turn) or faq_if_not_done(store, item, turn)
    if faq is None and not picked and aspect != "progress" and tells_loss(turn.text) \
            and (lost := item_loss_faq(store, item, turn.text)) is not None:
        # 出生证明丢了: its guide's FAQ about a loss, not the notice of its first issue (nor
        # the hint to ask for its materials, which are those of the first issue)
        return answer_faq(reply, store, item, lost["question"], lost["answer"], more_follows=True).say(CLOSING)
    if faq is not None:
        # the guide's own answer to this very question first, then the usual answer: a
        # question near an FAQ (a few percent of ordinary ones on the held-out set) loses nothing
        answer_faq(reply, store, item, faq.question, faq.answer, more_follows=True)
    elif amount_first(turn, store, item, aspect, picked):
        # 我爸91岁了，高龄津贴每月标准是多少: the guide's amounts now, then the notice (or the
        # question it waits on), which the first question naming its item gets anyway
        reply.say(amount_text(store.item(item), closing="", faqs=store.faqs(item)))
    if (below := age_below(turn.text, item_name(store, item))) is not None:
        reply.say(AGE_BELOW.format(age=below[0], name=item_name(store, item), minimum=below[1]))
    if on_item and offered == "situation" and not picked and aspect in ("materials", "guide") and not situation \
            and aspects_asked(turn.text) == ["materials"] \
            and (apart := situations_compared(store, item, [o["value"] for o in turn.options], told=False)):
        reply.say(apart)   # 要带啥 while 出生登记's situations are asked: each one's materials, then the question (r20 QA)
    said = len(reply.messages)
    reply = answer_item(reply, store, item, aspect, situation, district, declined, turn.text, same_event_told(turn, item))
    if unsaid:
        reply.say(unsaid)
    if aspect in ("place", "hours", "fee", "materials", "online", "proxy") and asks_deadline(turn.text) \
            and not reply.slots.get("options") and (deadline := point_answer(store, item, turn.text)):
        reply.say(deadline)   # 要去哪报到 有时间限制没: the places, then by when (r24 QA)
    elif aspect == "guide" and asks_deadline(turn.text) and (deadline := point_answer(store, item, turn.text) or "") \
            and (deadline.startswith(POINT_FOUND_START) or not reply.slots.get("options")):
        # 那小宝宝的医保咋办 出生了多久要去参保: by when (出生后90日内), then which situation (only the question came; r29 QA);
        # 生育津贴，孩子出生都过了一年了还能申请吗: by when, then the notice (the notice alone; r55 QA)
        reply.messages.insert(said, {"text": deadline})
    if may_i_asked_first(turn, item, aspect, picked, said, reply):
        # 我老伴瘫痪在床 家里没收入 能不能申请低保: the conditions to check against, then the situation question, which
        # came alone (r23 QA)
        reply.messages.insert(said, {"text": CONDITIONS_FIRST.format(name=item_name(store, item),
                                                                     conditions=store.item(item)["conditions"])})
    return reply


CONDITIONS_FIRST = "能否办理要对照{name}的办理条件：{conditions}"
POINT_UNSAID = "至于“{word}”，{name}的办事指南中没有写到，请向办理地点电话咨询。"


AHEAD = 2.0   # times the next candidate's score at which the best is the one read


def picked_by_question(picked: Dict[str, Any], turn: Turn) -> bool:
    """Whether a situation was picked by the words of a question that names no option (房东不给租房合同咋整: 住所 by 租房), not
    by a number, a title or a plain statement of the case."""
    return picked.get("kind") == "situation" and is_question(turn.text) and not is_number(turn.text) \
        and not any(o["value"] in (turn.text or "") for o in turn.options)


def may_i_asked_first(turn: Turn, item: str, aspect: str, picked, said: int, reply: Reply) -> bool:
    """Whether a first question naming its item asks whether one may (能不能申请低保) and the reply to it is only the
    question of its situations (nothing before it since ``said`` messages)."""
    options = reply.slots.get("options") or []
    return aspect == "guide" and not picked and turn.linked_item == item and turn.item_in_context != item \
        and asks_if_may(turn.text) and len(reply.messages) == said + 1 and bool(options) \
        and options[0].get("kind") == "situation"


def aspects_by_words(turn: Turn, aspect: str, on_item: bool, by_words: bool) -> Tuple[str, List[str]]:
    """(the aspect to answer, the several to answer one after the other or []) from the aspect
    the classifier or the slot gives and the words of the message (``aspects_asked``; not
    when ``by_words`` is false: an option picked, an aspect asked for, an amount, a point):
    several kept before an item was chosen (``ASPECT_JOIN``); one said plainly (要不要钱) or
    said while the classifier is unsure (要几多钱); the notice for a first question classified
    as a fee question without a fee word (住院费用怎么报销); the notice for several with the
    materials among them, or, while the notice waits (``on_item``), the others now; several
    otherwise (在哪里办、多少钱), unless the notice is what is asked."""
    if ASPECT_JOIN in aspect:   # several asked before the item was chosen
        kept = aspect.split(ASPECT_JOIN)
        return kept[0], kept
    # (a question read as none of them says its aspect by its words only: 520那天开门不, choose_option)
    # (or not understood, an item read surely: 那身份证呢 换的话多少钱, out_of_scope, got 换领's situations; r19 QA)
    asking = turn.intent in ASPECT_OF_INTENT or (turn.intent in ("choose_option", "inform") and is_question(turn.text)) \
        or (turn.intent in NOT_UNDERSTOOD_INTENTS and turn.in_scope and bool(turn.linked_item) and is_question(turn.text))
    said = aspects_asked(turn.text) if by_words and aspect != "specific" and asking else []
    if (one := aspect_said(turn, said, aspect)) is not None:
        return one, []
    if aspect == "fee" and not said and turn.linked_item and not asks_amount(turn.text) \
            and not names_point_word(turn.text):
        return "guide", []   # 住院费用怎么报销 (ask_fee, by 费用): a first question with no fee word
    if len(said) >= 2 and set(said) & NOTICE_COVERS:
        if not on_item:
            return "guide", []   # 要什么条件，带什么材料: the notice, which has all of them
        said = [a for a in said if a not in NOTICE_COVERS]   # while the notice waits: the others now
        return (said[0], said if len(said) >= 2 else []) if said else ("guide", [])
    if len(said) >= 2 and (aspect != "guide" or on_item):   # (asked with the notice, the notice has them)
        # 在哪里办、多少钱: each answered (评残要去哪个医院 要钱不 while 残疾人证's situations wait: the question again and
        # nothing answered; r32 QA)
        return said[0], said
    return aspect, []


def aspect_said(turn: Turn, said: List[str], aspect: Optional[str]) -> Optional[str]:
    """The one aspect ``said`` by the message's words (``aspects_asked``) where it wins over
    ``aspect`` from the classifier: said plainly (要不要钱, 周六能领证吗), or while the
    classifier is unsure (要几多钱, ask_time_limit at 0.28); not beside a point word (有效期多久)."""
    if len(said) == 1 and said[0] != aspect and (turn.confidence < UNSURE_ASPECT or said[0] in PLAIN_ASPECTS
                                                 # (去哪开啊 read as out_of_scope: the situations were asked; r23 QA)
                                                 or turn.intent in NOT_UNDERSTOOD_INTENTS
                                                 # (能不能在银行办, ask_online at 0.64: the places; r31 QA)
                                                 or KIND_OF_PLACE.search(normalize("NFKC", turn.text or "").strip())) \
            and not names_point_word(_STATE_TOLD.sub("", asking_clause(turn.text))):
        return said[0]
    return None


# a state of the document told (身份证到期了换新的多久能拿到: the time limit; 到期 is no point asked there; r23 QA)
_STATE_TOLD = re.compile(r"(?:过期|到期|逾期|超期)(?:了|啦)")


def asking_clause(text: str) -> str:
    """The one clause of ``text`` that asks an aspect by its words, else ``text``: 换一个要多久 of 身份证过期了 换一个要多久,
    whose 过期 tells the case, not a point asked (it got the notice, not the time limit; r21 QA)."""
    asking = [c for c in CLAUSE_END.split(text or "") if c and aspects_asked(c)]
    return asking[0] if len(asking) == 1 else text or ""


def answer_aspects(reply: Reply, store, item_id: str, aspects: List[str], situation: Optional[str],
                   district: Optional[str], declined: bool, text: str) -> Reply:
    """在哪里办、多少钱: the answer of each aspect asked, in ``ASPECT_WORDS`` order; one that
    needs a question back first (which district, for the place) ends the reply with it."""
    for aspect in aspects:
        reply.slots["aspect"] = aspect
        answered = answer_item(Reply(slots=dict(reply.slots)), store, item_id, aspect, situation, district, declined,
                               text)
        reply.messages += answered.messages
        reply.slots.update(answered.slots)
        if answered.slots.get("options") or store.item(item_id) is None:
            break
    return reply


def gives_amounts(store, item_id: Optional[str]) -> bool:
    """Whether ``item_id`` pays money out: its guide gives amounts one gets (``says_amount``) or
    its name says it pays (``pays_out``: 遗属待遇申领, whose guide gives none)."""
    item = store.item(item_id) if item_id else None
    return item is not None and (says_amount(item) or pays_out(item))


def amount_first(turn: Turn, store, item_id: Optional[str], aspect: str, picked) -> bool:
    """Whether a first question naming its item (answered with the notice) also asks how much
    one gets, of an item whose guide gives amounts (``says_amount``)."""
    return bool(item_id) and aspect == "guide" and not picked and turn.linked_item == item_id \
        and asks_amount(turn.text) and store.item(item_id) is not None and says_amount(store.item(item_id))


def answer_then_ask_again(reply: Reply, store, item_id: str, aspects: List[str], situation: Optional[str],
                          district: Optional[str], declined: bool, turn: Turn) -> Reply:
    """要多久, 收费吗 or 在哪办 (or several of them) while the 一次性告知 waits for the situation or
    the district: the answer does not depend on what is awaited, so it is given now, and the question is
    asked again for the notice (dropping it lost the notice: the district named next got the
    place alone). Where the answer itself needs a choice first (the place, where it depends on
    the district), that question comes alone and the aspect asked follows it."""
    answered = answer_aspects(Reply(slots=dict(reply.slots)), store, item_id, aspects, situation, district, declined,
                              turn.text)
    if answered.slots.get("options") or store.item(item_id) is None:
        return answered   # a question back (which district) or no guide: that alone
    reply.messages += answered.messages
    reply.slots.update(answered.slots, aspect=turn.aspect)
    by_proxy = [o for o in turn.options if o["kind"] == "situation" and PROXY_SITUATION.search(o["value"])]
    if aspects == ["proxy"] and len(by_proxy) == 1 and "proxy" in aspects_asked(turn.text):
        # 让儿子去办行不 to 本人申请 / 家属代为申请: the answer lists that situation's materials; it is the one
        reply.slots.update(options=None, situation=f"{item_id}/{by_proxy[0]['value']}")
        return reply
    return ask_pending_again(reply, store, item_id, turn.options)


MORE_ASKED = re.compile(r"还(?:要|需要|得|用)")


def answer_all_told(reply: Reply, store, item_id: str, situation: Optional[str], text: str = "",
                    pending_items: Sequence[str] = ()) -> Reply:
    """就这些吗 / 还要带别的吗 after a notice: the materials listed are all (how many, and how many only in a case), and
    that the items still to come (``pending_items``) are there to ask for."""
    told = situation.split("/", 1)[1] if (situation or "").startswith(f"{item_id}/") else None
    materials = store.materials(item_id, told)
    sometimes = sum(1 for m in materials if not m.get("required", True))
    lead = NOTHING_MORE_TO_BRING if MORE_ASKED.search(text) else ALL_TOLD_LEAD
    said = ALL_TOLD.format(lead=lead, name=item_name(store, item_id), situation=f"（{told}）" if told else "",
                           count=len(materials), sometimes=ONLY_IN_A_CASE.format(count=sometimes) if sometimes else "")
    if pending := [i for i in pending_items if i != item_id and store.item(i)]:
        # (those still to come of the event or the items named, not an event the citizen never spoke of: 老年人优待证 got
        # "另外，退休一般还要办其他几件事"; r51 QA)
        said += ALL_TOLD_PENDING.format(count=len(pending))
    return reply.say(said + ALL_TOLD_END)


def answer_what_else(reply: Reply, store, item_id: str, text: str = "") -> Reply:
    """还要办别的证吗 after a notice: the other items of the first life event that has the item
    in hand (个体户营业执照: 开餐饮店's 食品经营许可, 健康证 …) but those ``text`` says are done, to choose from and then
    come one after the other; or that its guide lists none."""
    name = item_name(store, item_id)
    if (found := event_others(store, item_id)) is not None:
        event, others = found
        others = [i for i in others if i in event.items_left(text)] or others
        options = [option("item", i["id"], f"{i['name']}（{i['department']}）") for i in map(store.item, others)]
        reply.slots.update(aspect="guide", pending_items=others)
        return ask(reply, ALSO_IN_EVENT.format(name=name, event=event.name), options, event_hint(event))
    return reply.say(NOTHING_ELSE_LISTED.format(name=name, hotline=HOTLINE))


def event_others(store, item_id: str):
    """(the first life event with ``item_id`` and other items in the knowledge base, those items), or None."""
    for event in events_with(item_id):
        others = [i for i in event.items if i != item_id and store.item(i)]
        if others:
            return event, others
    return None


def still_to_do(turn: Turn, store, item_id: str) -> Tuple[List[str], str]:
    """(the items still to come beside ``item_id``, a note on them): those kept (an event's, or
    named together), else the other items of the first life event that has it (个体工商户设立登记:
    开餐饮店's) with the event's note, if any."""
    others = [i for i in turn.pending_items if i != item_id and store.item(i)]
    if not others and (found := event_others(store, item_id)) is not None:
        return found[1], found[0].note
    return others, ""


def answer_life_event(reply: Reply, store, event, text: str = "") -> Reply:
    """孩子出生了要办哪些手续: the event's items as numbered options (those ``text`` leaves to do); all of them are then
    kept to come (``with_items_to_come``)."""
    items = [store.item(i) for i in event.items_left(text)]
    options = [option("item", i["id"], f"{i['name']}（{i['department']}）") for i in items if i]
    reply.slots.update(aspect="guide", pending_items=[o["value"] for o in options])
    for note in event.things_asked(text)[1] if options else []:
        # (我妈昨天晚上在家里走了 不知道先干啥 她还在领退休工资: what to know of the pension she drew, then the list; r43 QA)
        reply.say(note)
    return ask(reply, LIFE_EVENT.format(name=event.name), options, event_hint(event)) if options else reply.say(ASK_WHAT)


def with_event_touched(reply: Reply, turn: Turn, store) -> Reply:
    """我下个月生娃 想问问娃出生后上户口 办医保 还有领生育津贴 这几个都咋弄 能一起办不: the allowance's notice alone, 上户口
    and 医保 not a word (r45 QA). A message telling a life event beside two or more of the things it touches
    (``event_touched``), answered with one item's notice and nothing to choose: then the event's other items, to choose
    from and kept to come."""
    if len(turn.named_items) >= 2 or turn.pending_items or reply.slots.get("options") or "pending_items" in reply.slots:
        return reply
    noticed = noticed_item(reply)
    if not noticed or (event := event_touched(turn.text)) is None:
        return reply
    options = [option("item", i["id"], f"{i['name']}（{i['department']}）")
               for i in (store.item(i) for i in event.items_left(turn.text) if i != noticed) if i]
    if not options:
        return reply
    reply.slots["pending_items"] = [o["value"] for o in options]
    return ask(reply, ALSO_OF_EVENT.format(name=event.name), options, LIFE_EVENT_HINT)


TERM_MEANING = "“{name}”是指：{what}"
TERM_ITEM_HINT = "想办理“{name}”，可以接着问我要带什么材料、在哪里办、多久办好。"


def answer_meaning(turn: Turn, store, term) -> Reply:
    """What a term means (``knowledge.glossary``), then its item to ask on, or its topic's kinds of business."""
    reply = Reply(slots={"options": None} if turn.options else {}).say(TERM_MEANING.format(name=term.name, what=term.meaning))
    if term.item and (item := store.item(term.item)) is not None:
        reply.slots["service_item"] = term.item
        return reply.say(TERM_ITEM_HINT.format(name=item["name"]), buttons=[{"title": item["name"], "payload": item["name"]}])
    if (topic := next((t for word in term.terms if (t := topic_asked(word)) is not None), None)) is not None:
        return ask_topic(reply, topic, turn)   # 住房公积金是个啥: what it is, then its kinds of business
    return reply


def event_item_among_groups(turn: Turn) -> Optional[str]:
    """The first item of the life event a message tells (我开个人的奶茶店: 开餐饮店) that is in one of the topic's groups
    offered, if any."""
    event = event_named(turn.text) or event_asked(turn.text)
    if event is None:
        return None
    offered = {i for o in turn.options if (group := group_of(o.get("value") or "")) is not None for i in group.items}
    return next((i for i in event.items if i in offered), None)


def answer_situation_corrected(turn: Turn, store, item_id: str, situation: str) -> Reply:
    """The item in hand in the situation a correction says instead: the district still asked if it is, else the answer
    of what was asked last in that situation."""
    reply = Reply(slots={"service_item": item_id, "situation": f"{item_id}/{situation}"})
    if turn.options and turn.options[0].get("kind") == "district":
        return ask(reply, SITUATION_NOW.format(situation=situation) + pending_question(store, item_id, "district"),
                   turn.options)
    if turn.options:
        reply.slots["options"] = None
    reply.say(SITUATION_NOW.format(situation=situation))
    return answer_item(reply, store, item_id, turn.aspect or "guide", f"{item_id}/{situation}", turn.district,
                       turn.district_declined, turn.text)


CONTACT_SURE = 0.3   # an item read at least this well, whose own words a number's question says, is the one asked of
# a number to call asked for (电话多少, 联系方式, 咨询电话, 那电话呢), not a call to make (打电话能挂不)
_NUMBER_ASKED = re.compile(r"(?:电话|热线|号码)(?:是)?(?:多少|几号|啥|什么)|电话号码|联系方式|联系电话|咨询电话|(?:电话|热线|号码)呢"
                           r"|(?:电话|号码)(?:给我|发我|告诉我)"
                           r"|打哪个(?:电话|号码)?|(?:什么|啥)(?:电话|号码|热线)")


def item_called_about(turn: Turn, store) -> Optional[str]:
    """The item whose offices' numbers ``turn`` asks (劳动监察电话多少, 那电话呢 with an item in hand), if any: read in scope
    or at ``CONTACT_SURE`` with its own words said, or held while the message names no other; not the 12345 hotline, a
    topic's (公积金电话: its kinds' offices) or an outside service's."""
    text = turn.text or ""
    if not _NUMBER_ASKED.search(text) or asks_hotline(text) or turn.outside or topic_asked(text) is not None:
        return None
    best = turn.candidates[0] if turn.candidates else {}
    read = best.get("id")
    if read and (turn.in_scope or best.get("score", 0) >= CONTACT_SURE) and words_of_item_said(store, read, text) \
            and store.item(read) is not None:
        return read
    held = item_held(turn)
    other_named = bool(read) and read != held and bool(words_of_item_said(store, read, text))
    return held if held and len(reply_core(text)) <= SHORT_FOLLOW_UP and not other_named else None


OFFICE_NUMBERS = "您问的办理地点的电话：\n{lines}\n要办哪件事，告诉我事项，我把材料、时限等一次告诉您。"


def office_called_about(turn: Turn, store) -> List[Dict[str, Any]]:
    """The service points, of the items read for ``turn`` or the one in hand, that are the office its message names."""
    held = item_held(turn)
    ids = [c.get("id") for c in turn.candidates[:5] if c.get("id")] + ([held] if held else [])
    if agency_named(turn.text):   # (社保局电话给我一个, read as 遗体接运火化 and 正常退休申请: no 12333; r57 QA): all its windows
        ids += [i["id"] for i in store.list_items()]
    points = [p for i in dict.fromkeys(ids) if store.item(i) for p in store.service_points(i)]
    found = office_named(turn.text or "", points)
    return list({(p.get("place"), p.get("phone")): p for p in found}.values())   # each window once


CONTACT_THEN_GUIDE = "要办“{name}”的话，材料、时限、地点等可以点下方按钮，我一次告诉您。"


def answer_contact(turn: Turn, store, item_id: str) -> Reply:
    """The numbers of the offices handling ``item_id``, then its guide one tap away; the options pending kept."""
    name = item_name(store, item_id)
    numbers = contacts_answer(name, store.service_points(item_id))
    reply = Reply(slots={"service_item": item_id} if turn.item != item_id else {})
    if not numbers:
        return reply.say(f"{name}的办事指南中没有写到咨询电话。{HOTLINE_HELP}")
    reply.say(numbers)
    if turn.options:
        return ask_pending_again(reply, store, item_id, turn.options) if turn.options[0].get("item") == item_id \
            else reply
    return reply.say(CONTACT_THEN_GUIDE.format(name=name), buttons=[{"title": name, "payload": name}])


def answer_apart(turn: Turn, store, pair) -> Reply:
    """Whether two things taken for one another are the same (``knowledge.glossary.apart_asked``), then their items to
    choose from."""
    # (要转诊不 after 异地长期居住人员备案, or said beside it: …异地就医备案已经弄好了…还用开转诊单吗; r74, r75 QA) no, and
    # that item stays in hand
    if pair.english and reads_as_english(turn.text):
        # (Is the social security card the same thing as the medical insurance card here?: the 社保卡 items; r80 QA)
        return Reply(slots={"options": None} if turn.options else {}).say(pair.english)
    read = [c.get("id") for c in turn.candidates[:APART_HELD_AMONG]]
    held = next((i for i in (item_held(turn), turn.linked_item, *read) if i and pair.answer_for(i) != pair.answer), None)
    if held is not None:
        return Reply(slots={"options": None} if turn.options else {}).say(pair.answer_for(held))
    reply = Reply(slots={"options": None} if turn.options else {}).say(pair.answer)
    in_hand = item_held(turn)
    if pair.same and in_hand and any(i and family_key(i) == family_key(in_hand) for i in pair.items):
        # (医保卡丢了, then 那社保卡呢，是不是一起补: one card, the one in hand; it offered the card's family; r76 QA)
        return reply.say(ONE_IS_ENOUGH.format(name=item_name(store, in_hand)))
    read = turn.linked_item
    if pair.same and read and store.item(read) is not None and any(i and family_key(i) == family_key(read) for i in pair.items):
        # (我医保卡社保卡都找不着了 要补两张吗: one card, and the notice of the one read; r76, r77 QA)
        answered = answer_corrected(turn, store, read, "guide")
        answered.messages[:0] = [{"text": pair.answer}, {"text": ONE_IS_ENOUGH.format(name=item_name(store, read))}]
        return answered
    items = [item for item_id in pair.items if item_id and (item := store.item(item_id)) is not None]
    if pair.same:   # one thing by two names: its family to choose from (医保卡和社保卡是一回事吗: the 社保卡's items)
        items = [kin for item in items for kin in store.family(item["id"])]
    return ask_items(reply, [{"id": i["id"], "name": i["name"]} for i in items], aspect_to_keep(turn), APART_WHICH) \
        if items else reply


# (…我想举报 got 劳动保障监察 after the old one's answer, 补交学费 住房公积金补缴 after the bullying's; r83 QA)
SURE_BESIDE_REPORT = 0.9   # a service read below this beside an answer that says where to report is a guess
SURE_BESIDE_VIOLENCE = 0.4   # a service read out of scope below this beside violence is a guess (卫生间: 公共场所卫生许可)
SHORT_AGE_TOLD = 12   # characters: an age told this short after an item's answer is of the one it is told of (她70岁)
APART_WHICH = "需要哪一项的办理指南？"
# the kinds of a business asked of (提公积金有几种情况, 社保卡业务有哪些)
_KINDS_ASKED = re.compile(r"(?:有|分)(?:几|哪几|哪些)种|几种(?:情况|方式|类型|办法)|(?:有|都有)哪些(?:情况|类型|业务|方式)")
ONE_IS_ENOUGH = "所以办一次“{name}”就行，不用分开办两次。"
APART_HELD_AMONG = 3   # the best items read among which one that settles a pair's question (when_held) is looked for


def with_one_thing_told(reply: Reply, turn: Turn) -> Reply:
    """社保卡和医保卡怎么办 (two items, the 社保卡's menu said twice; r72 QA): the one item or menu, first told that the two
    names are one thing (``knowledge.glossary.one_thing_named_twice``)."""
    pair = one_thing_named_twice(turn.text)
    if pair is None or not reply.messages:
        return reply
    families = {family_key(i) for i in pair.items if i}
    # (the item asked or offered, or the one whose situations are asked: 社保卡和医保卡我都没有，第一次办，要办两张吗; r73 QA)
    # (or the one read and answered, no slot changed: 我医保卡社保卡都找不着了 要补两张吗, the notice alone; r76 QA)
    about = [reply.slots.get("service_item", turn.linked_item)] + [o.get("value") if o.get("kind") == "item" else o.get("item")
                                                 for o in reply.slots.get("options") or []]
    told = pair.answer.split("：", 1)[-1]
    if any(i and family_key(i) in families for i in about) and not any(told in m.get("text", "") for m in reply.messages):
        reply.messages.insert(0, {"text": told})
    return reply


def with_meaning_asked(reply: Reply, turn: Turn, store) -> Reply:
    """医保家庭共济是啥 我想用我的医保卡给我妈买药: its situations, and what it is never said (r45 QA). A message asking what
    the item it names is (是啥, 什么意思), no option pending, gets the first sentence of its conditions first, which says
    whom it is for and what it does."""
    item_id = reply.slots.get("service_item") or turn.item
    if turn.options or not item_id or item_id != turn.linked_item or not _ASKS_MEANING.search(turn.text or "") \
            or (item := store.item(item_id)) is None \
            or not any(len(called) >= 2 and called in turn.text for called in [item["name"], *(item.get("aliases") or [])]):
        return reply   # (法律依据是啥 after a notice, read 法律援助申请: the field of the item in hand)
    what = re.split(r"(?<=。)", (item.get("conditions") or "").strip(), maxsplit=1)[0]
    if not what or any(what in m.get("text", "") for m in reply.messages):
        return reply
    reply.messages.insert(0, {"text": TERM_MEANING.format(name=item["name"], what=what)})
    return reply


def event_in_hand(turn: Turn):
    """The life event that holds most of the item in hand, the items offered and those still to come (家人去世 with
    继承公证 in hand and 遗属待遇 to come), if any."""
    held = [i for i in [turn.item, *(o.get("item") or o["value"] for o in turn.options or ()
                                      if o["kind"] in ("item", "situation")), *turn.pending_items] if i]
    events = [e for e in default_events() if set(held) & set(e.items)]
    return max(events, key=lambda e: len(set(held) & set(e.items))) if events else None


def event_hint(event) -> str:
    """What follows an event's items: its note, if any (开店: 食品经营许可 only to sell food), then how to go on."""
    return f"{event.note}\n{LIFE_EVENT_HINT}" if event.note else LIFE_EVENT_HINT


def event_items_touched(store, text: str, named: List[str]) -> List[str]:
    """老婆前天剖了个闺女 出生证、落户、娃的医保、我老婆的生育津贴这些都得弄: 出生证 and 生育津贴 named, 落户 and 医保 dropped (r48
    QA). The items of a life event ``text`` tells beside things it touches (``event_touched``), one of them ``named``, that
    words of ``text`` no item named has call (落户: 出生登记; 医保: the first of the event's items it calls, 城乡居民医保参保)."""
    event = event_touched(text)
    if event is None or not set(named) & set(event.items):
        return []
    said = set().union(*(words_of_item_said(store, i, text) for i in named))
    touched = []
    for item_id in event.items:
        words = words_of_item_said(store, item_id, text) if item_id not in named and store.item(item_id) else set()
        if words - said:
            touched.append(item_id)
            said |= words
    return touched


def with_items_to_come(reply: Reply, turn: Turn, store, asked_by_term: Optional[str] = None) -> Reply:
    """The other items a message named together (身份证和驾驶证都丢了), or a life event's items
    (孩子出生了要办哪些手续), are kept until their turn: after each notice the citizen is
    reminded of those still to come, with a button for each. Asking about an item not among
    them leaves them behind. One named by a term several items share (营业执照) is said and asked
    by the term, and done once any of its items is (``pending_terms``); ``asked_by_term``: the one
    whose items this reply offers."""
    if "pending_items" in reply.slots:
        return reply   # this answer set them (a life event)
    named = [i["id"] for i in turn.named_items] if len(turn.named_items) >= 2 else []
    if named and turn.linked_item and turn.linked_item not in named:
        named.insert(0, turn.linked_item)   # the item answered first is one of those asked
    named += event_items_touched(store, turn.text, named) if named else []
    terms = {i["id"]: i["term"] for i in turn.named_items if i.get("term") and i.get("family")} if named \
        else dict(turn.pending_terms)
    pending = named or list(turn.pending_items)
    now = reply.slots.get("service_item", turn.item)
    if not named and turn.linked_item and turn.linked_item not in pending and now not in pending \
            and not any(set(pending) <= set(event.items) for event in events_with(now or "")) \
            and not any(term in (turn.text or "") or of_term(store, term, now, i) or of_term(store, term, turn.linked_item, i)
                        for i, term in terms.items() if i in pending):
        # on to something else (not one of them chosen by its words: 营业执照那个, read as 补领); another item of their
        # life event keeps them (死亡证明去哪开 while 户口注销 and 火化 were to come dropped both; r20 QA)
        pending = []
    asked = turn.options[0].get("item") if turn.options and turn.options[0].get("kind") in ("situation", "district") else None
    if not named and asked and now and now != asked and asked not in pending and _ALSO_TOLD.search(turn.text or "") \
            and store.item(asked) is not None:
        # (身份证丢了要补 …its situations asked, then 社保卡也丢了: the card's notice, the 身份证 forgotten; r59 QA) still to come
        pending = [asked, *pending]
    noticed = noticed_item(reply)
    if named and not noticed:   # the first answer is a question back: say the others were heard
        names = "、".join(f"“{terms.get(i) or item_name(store, i)}”" for i in named)
        reply.messages.insert(0, {"text": SEVERAL_ASKED.format(count=len(named), names=names)})
    if asked_by_term:   # (its items offered now: the one chosen is its notice)
        pending = [i for i in pending if i != asked_by_term]
    # (or what was asked of it answered, nothing asked back: 补办社保卡和办居住证分别要带什么东西 got the card's materials, and the
    # 居住证 never a word; r80 QA)
    answered = noticed or (now if named and now in named and reply.messages and not reply.slots.get("options") else None)
    if answered and pending:
        noticed = answered
        pending = [i for i in pending if i != noticed and not (i in terms and of_term(store, terms[i], noticed, i))]
        names = [terms.get(i) or item_name(store, i) for i in pending]
        if names:
            said = ALSO_ASKED.format(names="、".join(f"“{n}”" for n in names)) if len(names) == 1 else \
                ALSO_ASKED_NUMBERED.format(names="、".join(f"{k}. “{n}”" for k, n in enumerate(names, 1)))
            reply.say(said, buttons=[{"title": n, "payload": n} for n in names])
    if pending != list(turn.pending_items):
        reply.slots["pending_items"] = pending or None
    kept_terms = {i: t for i, t in terms.items() if i in pending}
    if kept_terms != turn.pending_terms:
        reply.slots["pending_terms"] = kept_terms or None
    return reply


def vague_named_first(turn: Turn, store) -> Optional[Tuple[str, str, List[str]]]:
    """(id, term, items) of the item named first among several (or the one linked, when it is among them) when it was
    named by a term several items share that the message does not settle (营业执照 of 营业执照和税务登记), and two or
    more of those items (or the term's topic) are there to offer; else None."""
    if len(turn.named_items) < 2:
        return None
    ids = [i["id"] for i in turn.named_items]
    first = turn.linked_item if turn.linked_item in ids and not turn.ambiguous else ids[0]
    entry = next(i for i in turn.named_items if i["id"] == first)
    term, family = entry.get("term"), [i for i in entry.get("family") or [] if isinstance(i, str)]
    if not term or not family:
        return None
    kin = [i for i in family if store.item(i) is not None and family_key(i) == family_key(first)]
    return (first, term, kin) if topic_asked(term) is not None or len(kin) >= 2 else None


def skipped_kept(turn: Turn, held: Optional[str]) -> Turn:
    """``turn`` with the item in hand still to come, last, when the message skips the kinds of business of its topic offered
    (下一个 while 营业执照's are asked) or the items of its term (社保卡's), asked again by that word when its turn comes."""
    offered = turn.options[0] if turn.options else {}
    term = str(offered.get("value") or "").split("/")[0] if offered.get("kind") == "topic" else offered.get("term")
    if not (held and asks_next(turn.text) and term) or held in turn.pending_items:
        return turn
    return replace(turn, pending_items=[*turn.pending_items, held], pending_terms={**turn.pending_terms, held: term})


def pending_term_said(turn: Turn) -> Optional[Tuple[str, str]]:
    """(id, term) of the item still to come named by a term that the message says and nothing more (公积金提取, 就说营业执照吧),
    else None."""
    text = normalize("NFKC", turn.text or "").strip()
    for item_id, term in turn.pending_terms.items():
        if item_id in turn.pending_items and term in text and asks_only(text.replace(term, " "), _TERM_FILLERS):
            return item_id, term
    return None


_TERM_FILLERS = ("那", "就", "说", "先", "再", "还有", "这个", "那个", "吧", "呢", "的", "了", "怎么办", "怎么弄", "咋办", "接着", "继续", "下",
                 # (回到营业执照: 公司设立登记's situations; r69 QA)
                 "回到", "说回", "回", "刚才", "刚刚", "还是", "再说")


def ask_pending_term(reply: Reply, turn: Turn, store, item_id: str, term: str) -> Reply:
    """Which of the items of ``term`` (still to come, named for ``item_id``): it is then no longer to come."""
    kin = [i["id"] for i in store.family(item_id)] or [item_id]   # (in the catalog's order: the one named was a guess)
    if len(kin) < 2 and topic_asked(term) is None:   # (nothing to choose: its notice)
        reply = answer_corrected(turn, store, item_id, "guide")
    else:
        reply = ask_term_items(reply, turn, store, item_id, term, kin)
    reply.slots["pending_items"] = [i for i in turn.pending_items if i != item_id] or None
    reply.slots["pending_terms"] = {i: t for i, t in turn.pending_terms.items() if i != item_id} or None
    return reply


def ask_term_items(reply: Reply, turn: Turn, store, item_id: str, term: str, kin: List[str]) -> Reply:
    """Which of the items a term shares (``kin``), or of the term's topic's kinds of business (营业执照)."""
    if (topic := topic_asked(term)) is not None:
        return ask_topic(reply, topic, turn)
    fitting = [i for i in kin if fits_state(turn.text, item_name(store, i))]
    if len(fitting) == 1:
        # (钱包被偷了，驾驶证和社保卡都在里头，咋补: 遗失补证 / 期满换证 / 初次申领 asked, though 偷 says which; r76 QA)
        return answer_corrected(turn, store, fitting[0], aspect_to_keep(turn) or "guide")
    reply = ask_items(reply, [{"id": i, "name": item_name(store, i)} for i in kin], aspect_to_keep(turn) or "guide")
    for offered in reply.slots.get("options") or []:
        offered["term"] = term   # (skipped with 下一个, the term is still to come: ``skipped_kept``)
    return reply


def of_term(store, term: str, item_id: Optional[str], named: Optional[str] = None) -> bool:
    """Whether ``item_id`` is one of the items a term said for an item still to come (``named`` for it) stands for: its
    topic's, those of the family of ``named``, or one whose name or aliases say it."""
    if not item_id:
        return False
    if (topic := topic_asked(term)) is not None:
        return in_topic(topic, item_id)
    return (named is not None and family_key(item_id) == family_key(named)) or any(term in name for name in called(store, item_id))


_ALSO_TOLD = re.compile(r"也|还有|另外|顺便|同时|还要")


def noticed_item(reply: Reply) -> Optional[str]:
    """The item whose 一次性告知 this reply gives, if any."""
    for message in reply.messages:
        notice = ((message.get("custom") or {}).get("data") or {}).get("notice")
        if notice:
            return notice.get("item_id")
    return None


def answer_item(reply: Reply, store, item_id: str, aspect: str, situation: Optional[str],
                district: Optional[str], declined: bool, text: str, told_before: Sequence[str] = ()) -> Reply:
    """``told_before``: the situations told earlier of items of a life event this one is of (its case said once)."""
    item = store.item(item_id)
    if item is None:
        reply.slots["service_item"] = None
        return reply.say(f"抱歉，暂时没有这个事项的办事指南。{HOTLINE_HELP}")
    rows = store.situations(item_id)
    situations = [s["name"] for s in rows]
    chosen = situation.split("/", 1)[1] if situation and situation.startswith(f"{item_id}/") else None
    if chosen not in situations:
        chosen = situation_said(text, situations) if len(situations) > 1 else (situations or [None])[0]
        if chosen is None and len(situations) > 1:
            # 火化那个呢 after 死亡证明's 在家中…死亡: 居家正常死亡, not the place of death asked again (r20 QA)
            chosen = next((said for before in told_before if (said := situation_said(before, situations))), None)
        if chosen and len(situations) > 1:
            reply.slots["situation"] = f"{item_id}/{chosen}"
    if aspect in ("guide", "materials") and chosen is None and (own := own_of_pair(rows)) \
            and not FOR_SOMEONE_ELSE.search(text or ""):
        # 本人办理 / 委托他人代办 asked of a citizen who said nothing of anyone else (要什么材料 got the question
        # again, up to five times; r13 QA): their own, and what someone sent would bring besides
        chosen = own["name"]
        reply.slots["situation"] = f"{item_id}/{chosen}"
        other = next(s for s in rows if s["id"] != own["id"])
        extra = proxy_extra(store.materials(item_id, own["id"]), store.materials(item_id, other["id"]))
        reply.say(OWN_ASSUMED.format(name=item["name"], own=chosen, other=other["name"],
                                     extra=f"，另需带：{'、'.join(extra)}" if extra else "，材料见该情形"))
    if aspect in ("guide", "materials") and chosen is None and (usual := usual_situation(situations)) is not None \
            and not situations_said(text, situations):
        # 俺们俩想去扯结婚证: 结婚登记 (初婚) at once, the others named (the question came back with every follow-up)
        chosen = usual[0]
        reply.slots["situation"] = f"{item_id}/{chosen}"
        others = "、".join(f"“{n}”" for n in situations if n != chosen)
        reply.say(USUAL_ASSUMED.format(name=item["name"], usual=chosen, means=usual[1], others=others))
    if aspect in ("guide", "materials") and chosen is None:
        # those the words fit, when they tell some apart (孩子6岁: the two of 未成年人); not the
        # words of the item's own name (营业执照遗失补领 says 遗失 of all its situations)
        told = text
        for called in sorted([item["name"], *(item.get("aliases") or [])], key=len, reverse=True):
            told = told.replace(called, " ") if called else told
        offered = situations_said(told, situations) or situations
        options = [{**option("situation", s, s), "item": item_id} for s in offered]   # whose they are
        return ask(reply, WHICH_SITUATION.format(name=item["name"]) + meanings_of(offered), options)
    districts = store.districts(item_id)
    # (a district's own office beside the city's, the one district with one: 我住高新区 to 港澳通行证's places got "在高新区
    # 没有单独的办理点" above 高新区's office; r50 QA)
    local = bool(district) and any(p["district"] == district for p in store.service_points(item_id))
    if district and not local and district not in districts and district != ALL_DISTRICTS \
            and aspect in ("place", "hours"):
        # 我在城西区 to 社保卡's places, all city-wide: said so, not only the list (r16, r17 QA); then every office
        reply.say(NO_OFFICE_IN_DISTRICT.format(district=district, name=item["name"]))
        declined = True
    if district not in districts and not local:
        district = None
    if aspect in ("guide", "place") and districts and not district and not declined:
        options = [{**option("district", d, d), "item": item_id}   # whose districts they are
                   for d in districts + [ALL_DISTRICTS]]
        options[-1]["title"] = ALL_DISTRICTS_TITLE
        return ask(reply, WHICH_DISTRICT.format(name=item["name"]), options)
    points = store.service_points(item_id, district)
    if aspect == "hours":
        return reply.say(hours_answer(item, points, text))
    # the guide's FAQs but one the reply has already said (车子卖给朋友了 过户俩人都要到场吗: its FAQ, then quoted again)
    faqs = [f for f in store.faqs(item_id) if not any(f["answer"] in m.get("text", "") for m in reply.messages)]
    if aspect == "proxy":
        everything = [{**s, "materials": store.materials(item_id, s["id"])} for s in rows]
        return reply.say(proxy_answer(item, everything, points, faqs, chosen))
    materials = store.materials(item_id, chosen)
    if aspect == "specific" and (said := point_answer(store, item_id, text, points, asks_if_needed(text))) is not None:
        return reply.say(said)
    if aspect == "guide":
        text = one_time_notice(item, materials, points, chosen if len(situations) > 1 else None)
        # custom payload as {"data": ...}: Rasa's socketio channel emits it as the event's
        # data (any other top-level key breaks its emit); REST returns it unchanged
        return reply.say(text, custom={"data": {"notice": notice_data(item, chosen, materials, points)}})
    return reply.say(aspect_answer(aspect, item, materials, points, chosen if len(situations) > 1 else None, faqs, text))


def answer_chosen_faq(reply: Reply, store, item_id: Optional[str], number: str) -> Reply:
    faqs = store.faqs(item_id) if item_id else []
    index = int(number) - 1 if str(number).isdigit() else -1
    if not 0 <= index < len(faqs):
        return reply.say(f"{NOT_THIS}{HOTLINE_HELP}")
    return answer_faq(reply, store, item_id, faqs[index]["question"], faqs[index]["answer"])


def answer_faq(reply: Reply, store, item_id: str, question: str, answer: str, more_follows: bool = False) -> Reply:
    """The FAQ's question (so the citizen sees which question is answered) and its answer."""
    text = FAQ_ANSWER.format(name=item_name(store, item_id), question=question, answer=answer)
    return reply.say(text if more_follows else f"{text}\n{FAQ_MORE}")


def item_name(store, item_id: str) -> str:
    return item_name_of(store, item_id) or "这个事项"


def ask(reply: Reply, question: str, options: List[Dict[str, str]], hint: Optional[str] = None) -> Reply:
    reply.slots["options"] = options
    text = numbered_text(question, options, hint) if hint else numbered_text(question, options)
    return reply.say(text, buttons=buttons(options))


def ask_guess(reply: Reply, options: List[Dict[str, str]]) -> Reply:
    """Whether the one item ``options`` holds, guessed, is what the citizen wants (是不是“…”？)."""
    reply.slots["options"] = options
    return reply.say(ONE_CLOSEST.format(name=options[0]["title"]) + HOTLINE_HELP, buttons=buttons(options))


def pending_question(store, item_id: str, kind: str) -> str:
    """The question the options of ``kind`` (situation or district) of ``item_id`` answer."""
    if kind == "situation":
        return WHICH_SITUATION.format(name=item_name(store, item_id)) + meanings_of([s["name"] for s in store.situations(item_id)])
    return WHICH_DISTRICT.format(name=item_name(store, item_id))


def ask_pending_again(reply: Reply, store, item_id: str, options: List[Dict[str, str]]) -> Reply:
    """``ask_again_briefly`` the question of the pending situations or districts of ``item_id``."""
    return ask_again_briefly(reply, pending_question(store, item_id, options[0]["kind"]), options)


def ask_again_briefly(reply: Reply, question: str, options: List[Dict[str, str]]) -> Reply:
    """The pending question once more after another answer, in one line with the buttons, the
    options not listed again (they were when it was first asked; read aloud after every
    answer of a call, four long options made each answer twice as long; WeChat, which has no
    buttons, numbers them below the text): "另外，…请问您属于哪种情形？（点选下方选项或回复序号）"."""
    reply.slots["options"] = options
    return reply.say(f"另外，{question}{REPLY_BY_BUTTON}", buttons=buttons(options))


def aspect_asked_for(turn: Turn) -> Optional[str]:
    """The aspect of the previous question, when it named no item and this message, which
    asks nothing else, may name the item ("进度怎么查" → "请问您要查询哪个事项…" → "护照")."""
    if turn.item_asked_for and ASPECT_OF_INTENT.get(turn.intent, "guide") == "guide":
        return turn.item_asked_for
    return None


def ask_item(reply: Reply, turn: Turn, store) -> Reply:
    """Which of the close items? When the message was not recognised as a question
    (out_of_scope: 世界杯在哪里举办, or a long story told in its own words) the same items come
    as "is it one of these?", saying it may be outside what the assistant answers."""
    items = items_to_offer(store, turn.candidates, turn.text)
    if turn.intent in NOT_UNDERSTOOD_INTENTS and (answered := answer_faq_of_closest(reply, items, turn.text, store)):
        return answered   # 医保断了几个月怎么补交: three items to choose from, one of them answering it in its FAQ (r83 QA)
    aspect = aspect_asked_for(turn) or aspect_to_keep(turn)
    if turn.intent in NOT_UNDERSTOOD_INTENTS:
        return ask_items(reply, items, aspect, CLOSEST_ITEMS, NONE_OF_THEM + HOTLINE_HELP)
    if answered_for_each(turn, aspect) and len(items) > 1 \
            and all(guides := [store.item(i["id"]) for i in items]):
        # 护照多少钱: each item's fee (one line when they agree), then which one, as when asked after
        reply.say(answer_for_each(aspect, guides))
        aspect = "guide"
    return ask_items(reply, items, aspect)


def answered_for_each(turn: Turn, aspect: Optional[str]) -> bool:
    """Whether ``aspect``, asked while several items are to be chosen from, is answered for
    each of them in a line first (the fee, time limit, online entry; not 利率多少 or 能提多少,
    which only the chosen item's guide answers)."""
    return aspect in BRIEF_ASPECTS and not names_point_word(turn.text) and not asks_amount(turn.text, True)


def aspect_to_keep(turn: Turn) -> Optional[str]:
    """The aspect a question asks, kept while the citizen chooses its item: several asked by
    their words joined by ``ASPECT_JOIN`` (护照补办要多久，网上能办吗: both answered once the item
    is chosen), the notice when the materials, conditions or process are among them."""
    said = aspects_asked(turn.text) if turn.intent in ASPECT_OF_INTENT else []
    if len(said) >= 2:
        return "guide" if set(said) & NOTICE_COVERS else ASPECT_JOIN.join(said)
    aspect = ASPECT_OF_INTENT.get(turn.intent)
    return aspect_said(turn, said, aspect) or aspect   # 护照周末能办吗 (ask_place): the days open, once chosen


def ask_items(reply: Reply, items: List[Dict[str, str]], aspect: Optional[str], question: str = WHICH_ITEM,
              hint: Optional[str] = None) -> Reply:
    """Which of ``items`` (id, name)? The aspect asked is kept for the answer to come."""
    reply.slots["aspect"] = aspect or "guide"
    if not items:
        return reply.say(ASK_WHAT)
    return ask(reply, question, [option("item", i["id"], i["name"]) for i in items], hint)


def event_kin_in_topic(store, item_id: str, topic) -> Optional[str]:
    """The one withdrawal of ``topic`` among the items of the life events that have ``item_id`` (公积金 after 失业保险金申领:
    与单位终止劳动关系提取住房公积金, of 失业或离职), else None: the event is the reason a withdrawal is made for (other kinds
    of business, 医保's, are not told by the event: 异地安置备案 is no retiree's 医保 as such)."""
    kin = {i for event in events_with(item_id) for i in event.items
           if i != item_id and in_topic(topic, i) and family_key(i) == WITHDRAWALS and store.item(i)}
    return kin.pop() if len(kin) == 1 else None


WITHDRAWALS = "gjj.withdraw"   # the fund's withdrawals, one for each reason


AGENCY_ITEMS = "{office}办理的事项（本助手知道的）有下面这些，请问您要办理哪一项？"
AGENCY_MORE = "请回复序号或名称。下面只列出{shown}项，共{count}项；没有列出的，请直接告诉我您要办的事。"
AGENCY_LARGEST = 12   # items listed at once


def ask_agency_items(reply: Reply, store, office: str, department: str) -> Reply:
    """The catalog's items of the department of the office asked what it handles (车管所能办啥: 交管's items)."""
    items = agency_items(store, department)
    options = [option("item", i["id"], i["name"]) for i in items[:AGENCY_LARGEST]]
    if not options:
        return reply.say(f"{NOT_IN_SCOPE}{HOTLINE_HELP}")
    reply.slots["aspect"] = "guide"
    hint = AGENCY_MORE.format(shown=len(options), count=len(items)) if len(items) > len(options) else None
    return ask(reply, AGENCY_ITEMS.format(office=office), options, hint)


def ask_topic(reply: Reply, topic, turn: Turn) -> Reply:
    """"公积金" on its own: which kind of business (提取, 贷款, 缴存 …), then which item."""
    # (what it handles asked, 公积金中心管哪些事 / 社保都能办哪些业务: the notice once chosen, not its place or conditions)
    reply.slots["aspect"] = "guide" if KINDS_ASKED.search(turn.text) else aspect_to_keep(turn) or "guide"
    options = [option("topic", option_value(topic, n), g.title) for n, g in enumerate(topic.groups, 1)]
    return ask(reply, WHICH_KIND.format(name=topic.name), options)


def topic_points(store, topic) -> List[Dict[str, Any]]:
    """The service points of every item of ``topic``'s groups, as often as items name them."""
    return [point for group in topic.groups for item_id in group.items for point in store.service_points(item_id)]


def read_in_topic(turn: Turn, store) -> List[Dict[str, str]]:
    """For a message that names no group while a topic's groups are offered, in which the
    linker read an item outside the topic: the topic's items among its candidates, then the
    linked one; [] when it read none of the topic's (or linked one of them: the usual answer)."""
    topic = {i["id"] for o in turn.options for i in group_items(store, group_of(o.get("value")))}
    if not turn.linked_item or turn.linked_item in topic:
        return []
    inside = [{"id": c["id"], "name": c["name"]} for c in turn.candidates if c.get("id") in topic]
    linked = store.item(turn.linked_item)
    return inside + [{"id": linked["id"], "name": linked["name"]}] if inside and linked else []


def group_items(store, group) -> List[Dict[str, str]]:
    """The items (id, name) of a topic's group that the knowledge base has; [] for None."""
    return [{"id": i["id"], "name": i["name"]} for i in (store.item(i) for i in (group.items if group else ())) if i]


def ask_item_again(reply: Reply, turn: Turn, store) -> Reply:
    """A reply to the list of items that neither chooses one nor names another ("要多少钱",
    "我是本人"): the same list again (an item asked about earlier is not what the list is
    about). A question one line per item answers (多少钱, 要多久, 网上能办吗) is answered for
    each of them first, and the notice follows the choice; any other aspect is answered once
    one is chosen (利率多少, 额度多少 are no question of 收费 however they are read). "都不是" asks what the
    citizen wants to do instead."""
    if turn.intent == "deny":
        return reply.say(ASK_WHAT)
    aspect = ASPECT_OF_INTENT.get(turn.intent)
    aspect = aspect_said(turn, aspects_asked(turn.text), aspect) or aspect   # 要几多钱 read as the time limit: the fee
    offered = {o["value"] for o in turn.options}
    others = [c for c in turn.candidates if c.get("score", 0) >= CLOSEST_MIN_SCORE and c.get("id") not in offered]
    if switches(turn.text) and others:
        # 算了，先问一下医保卡丢了怎么办 to the 备案 items: what it turns to (社会保障卡补领, read at 0.23)
        return ask_items(reply, items_to_offer(store, others, turn.text), aspect, CLOSEST_ITEMS)
    items = [store.item(o["value"]) for o in turn.options if o["kind"] == "item"]
    if answered_for_each(turn, aspect) and items and all(items) and len(items) == len(turn.options):
        reply.say(answer_for_each(aspect, items))
        reply.slots["aspect"] = "guide"
        return ask(reply, WHICH_ITEM, turn.options)
    if aspect == "hours" and items and all(items) and len(items) == len(turn.options) \
            and (shared := shared_points(store, items, turn.district)):
        # 周六能去吗 to 居住证申领 / 居住证签注, handled at the same offices: their days open, then the choice (it was the
        # choice alone, again and again; r35 QA)
        reply.say(hours_answer({"name": SHARED_ITEMS, "online_entry": ""}, shared, turn.text))
        reply.slots["aspect"] = "guide"
        return ask(reply, WHICH_ITEM, turn.options)
    if aspect:
        reply.slots["aspect"] = aspect
    if len(turn.options) == 1 and turn.options[0].get("unsure"):
        # 我有房子 to 是不是“户口迁移（父母投靠子女）”: the guess asked again as such (was the 不动产 kinds of business)
        return ask_guess(reply, turn.options)
    if turn.district_named and turn.district and not is_question(turn.text):
        # 高新区的 to 居住证申领 / 居住证签注: kept for the place to come, said so (it was the choice alone; r35 QA)
        return ask(reply, DISTRICT_NOTED.format(district=turn.district) + CHOOSE_FIRST, turn.options)
    return ask(reply, CHOOSE_FIRST, turn.options)


SHARED_ITEMS = "这几项"


def shared_points(store, items: List[Dict[str, Any]], district: Optional[str]) -> List[Dict[str, Any]]:
    """The service points that all of ``items`` are handled at, in ``district`` when they differ by district (none
    when one of them does and no district is known); [] when the items go to different places."""
    points = []
    for item in items:
        districts = store.districts(item["id"])
        if districts and district not in districts:
            return []
        points.append(store.service_points(item["id"], district))
    places = {tuple((p.get("place"), p.get("hours")) for p in its) for its in points}
    return points[0] if len(places) == 1 and points[0] else []


def ask_again_not_understood(reply: Reply, store, item_id: str, offered: str, options,
                             turn: Optional[Turn] = None) -> Reply:
    """A reply to the situations or districts of the item in context that chooses none, is
    not understood and is close to no other item ("可以在外地考吗" to the situations of 驾驶证
    初次申领): the same question again (the citizen is still on this item); to 嗯, 好的 or the
    item said again (``acknowledges``), understood, only not a choice: without "not understood"."""
    prefix = OK_THEN if turn is not None and acknowledges(turn, store, item_id) else NOT_QUITE
    if prefix == NOT_QUITE and turn is not None and offered == "situation" and meanings_of([o["value"] for o in options]) \
            and tells_case(turn.text) and not is_question(turn.text):
        prefix = OK_THEN   # 首套 to 省直 / 非省直: a case understood, which the question's words explain how to choose by
    if prefix == NOT_QUITE and turn is not None and offered == "situation" and not is_question(turn.text) \
            and situation_said(turn.text, [item_name(store, item_id)]) is not None:
        prefix = OK_THEN   # 头一回办 to 普通护照签发（首次申领）'s situations by age: what the item is already (r59 QA)
    if prefix == NOT_QUITE and turn is not None and offered == "situation" and _HOW.search(turn.text or ""):
        prefix = DEPENDS_ON_CASE   # 怎么申请 / 咋办理 while the situation is asked: understood, it depends on it
    fits = situations_said(turn.text, [o["value"] for o in options]) if turn is not None and offered == "situation" else []
    if not fits and turn is not None and offered == "situation":   # 是公积金贷款 to 本市 / 商业 / 异地: the two of 公积金
        fits = [o["value"] for o in options_by_words(turn.text, options)]
    if 1 < len(fits) < len(options):
        # 我是来打工的 住的是租的房子 to 居住证's 就业 / 住所 / 就读: those two, not the three again as not understood
        return ask(reply, NARROWED.format(count=len(fits)), [o for o in options if o["value"] in fits])
    if turn is not None and offered == "district" and (district := district_not_offered(turn.text, options)):
        prefix = NO_SUCH_DISTRICT.format(district=district)   # 城南区: no such district here, not "not understood"
    elif turn is not None and offered == "situation" and turn.district_named and turn.district \
            and not is_question(turn.text):
        # 城东区 / 我住高新区那边 to 身份证补领's situations: kept for the places to come, said so ("没有完全理解"; r52, r53 QA)
        prefix = DISTRICT_NOTED.format(district=turn.district)
    elif turn is not None and offered == "situation" and (district := district_not_offered(
            turn.text, [{"value": d} for d in store.districts(item_id)] or [{"value": "区"}])):
        # 我住在浦东新区 to 身份证换领's situations: "没有完全理解" and an odd item suggested (r31 QA)
        prefix = NOT_OUR_DISTRICT.format(district=district)
    return ask(reply, f"{prefix}{pending_question(store, item_id, offered)}", options)


# a district said alone (城南区, 在城南区, 我是城南的): to the districts offered, one of them or none
_DISTRICT_SAID = re.compile(r"^(?:我|我们|俺)?(?:住在|户口在|在|是|住)?(?P<district>[\u4e00-\u9fff]{1,4}?(?:区|县|新区|开发区))"
                            r"(?:的|吧|呢|啊|呀|那边|这边)?(?:办|办理|办的|去办)?$")   # (在城南新区办: r85 QA)


_NOT_DISTRICTS = ("社区", "小区", "园区", "景区", "市区", "郊区", "城区", "辖区", "片区", "营业区", "服务区")


def district_not_offered(text: str, options: List[Dict[str, str]]) -> Optional[str]:
    """The district ``text`` says alone when no option is it (城南区 to 城东区 / 城西区 / 高新区), else None."""
    said = _DISTRICT_SAID.match(re.sub(r"[\W_]+", "", text or ""))
    if said is None or said.group("district").endswith(_NOT_DISTRICTS):
        return None
    district = said.group("district")
    offered = [o.get("value") or "" for o in options]
    return None if any(district in value or value in district for value in offered) else district


def acknowledges(turn: Turn, store, item_id: str) -> bool:
    """嗯 / 好的 / 对, or the item's name or alias said again (身份证丢了 to 身份证补领's situations), or a part
    of its name (正常退休 to 正常退休申请's situations; r16 QA): the question is understood, the choice is
    still to make."""
    core = reply_core(turn.text)
    return bool(_ACKNOWLEDGING.match(core)) or (turn.linked_item in (None, item_id) and (
        names_item(store, item_id, turn.text) or (len(core) >= 3 and core in item_name(store, item_id))
        or says_own_case(turn, store, item_id)))


def says_own_case(turn: Turn, store, item_id: str) -> bool:
    """A short statement with a word of the item's name or aliases, the case the item is for (她是退休的 跟我住 to 异地安置退休
    人员备案's 本人 / 委托: "抱歉，我没有完全理解"; r23 QA); no question, no word any name has."""
    core = reply_core(turn.text)
    return not is_question(turn.text) and len(core) <= SHORT_FOLLOW_UP and bool(words_of_item_said(store, item_id, core))


# how to do it (怎么申请, 咋办理, 如何领), asked while the situation is: the answer depends on it
_HOW = re.compile(r"(?:怎么|咋|咋个|如何|怎样|怎么样)(?:样)?(?:去)?(?:申请|申领|办理|办|领|弄|搞|操作|报名|提交)")
DEPENDS_ON_CASE = "怎么办理、要带什么，要看您属于哪种情形。"
ALL_TOLD_AFTER_CHOICE = {"situation": "要带哪些材料要看您属于哪种情形，选好后我把全部材料一次告诉您。",
                         "district": "选好办理的区以后，我把要带的全部材料、办理地点和时间一次告诉您。",
                         "item": "要带哪些材料要看您办的是哪一项，选好后我把全部材料一次告诉您。"}


# (and said before a question: 是的 要带啥, 嗯是这个; r15 QA)
_YES = re.compile(r"^(?:嗯+)?(?:是的?|对的?|对对|没错|就是|就是这个|是这个|是啊|对啊|嗯+|yes)[啊呀哦嗯的了]*"
                  r"(?:$|[，,。.!！\s]|(?=要|在哪|多少|多久|怎么|咋|能|可以))")
_ACKNOWLEDGING = re.compile(r"^(?:嗯+|好的?|好吧|行|对|是的?|ok|okay|知道了|明白了?|收到)[啊呀哦嗯的了]*$")


def answer_nothing_said(reply: Reply, turn: Turn, store) -> Reply:
    """An emoji, "？" or punctuation alone: the question still waiting, with its options, else
    what more to ask of the item in hand, else what to do (it was the welcome question, as if
    the conversation had been forgotten)."""
    offered = turn.options[0]["kind"] if turn.options else None
    held = turn.item_in_context or turn.item
    if offered in ("situation", "district") and held and store.item(held) is not None:
        return ask(reply, pending_question(store, held, offered), turn.options)
    if offered:
        return ask(reply, CHOOSE_BELOW, turn.options)
    if held and store.item(held) is not None:
        return reply.say(NOTHING_SAID_ON.format(name=item_name(store, held)))
    return reply.say(ASK_WHAT)


def resignation_told_of_held(turn: Turn, store) -> Optional[Reply]:
    """How the asker left the job told after the notice of an item whose conditions rule out resigning (那公司逼我签的
    辞职信呢 after 失业金: the 公司 items offered; r37 QA): a reply about that item, to which ``with_condition_checks`` adds
    what its conditions make of it, when no other item is read surely; None otherwise."""
    held = item_held(turn)
    item = store.item(held) if held and not turn.options else None
    if item is None or (turn.linked_item not in (None, held) and score_read(turn, turn.linked_item) >= SURE_OTHER_SCORE):
        return None
    # (the line itself is said by ``with_condition_checks``, as for every answer about the item)
    return Reply(slots={"service_item": held}) if resignation_check(turn.text, item) else None


def answer_field(turn: Turn, store, item_id: str, field: str) -> Reply:
    """A field of the item in hand asked alone (``knowledge.specifics.field_asked_alone``), then
    any situation or district still asked."""
    points = store.service_points(item_id, turn.district)
    told = (turn.situation or "").split("/", 1)[1] if (turn.situation or "").startswith(f"{item_id}/") else None
    # (the copies of the situation told, else of every situation while it is asked)
    materials = store.materials(item_id, told) if told or not store.situations(item_id) else store.all_materials(item_id)
    said = field_answer(field, store.item(item_id), points, turn.text, materials)
    if field == PURPOSE and said.startswith(NOT_FOUND.format(name=item_name(store, item_id))) \
            and (faq := faq_asked(store, item_id, turn)) is not None:
        # 办了有啥用 after 残疾人证新办, whose conditions say nothing it gives but an FAQ does: "没有写到" (r35 QA)
        reply = answer_faq(Reply(), store, item_id, faq.question, faq.answer, more_follows=bool(turn.options))
    else:
        reply = Reply().say(said)
    if turn.options and turn.options[0]["kind"] in ("situation", "district"):
        ask_pending_again(reply, store, item_id, turn.options)
    return reply


# the items asked about together (两个一起多少钱, 这几个都要多久)
_TOGETHER = re.compile(r"两个|两项|两样|两本|两张|这几个|这几项|这两个|俩|都要|都能|都得|都需要|都必须|都可以|一起|一共|总共|加起来"
                       r"|分别")   # (这俩都得本人去吗: r38 QA)


def aspect_asked_of_all(turn: Turn) -> Optional[str]:
    """The one aspect a message asks of all the items named together (两个一起多少钱, 两个都要带啥) while one of them is
    answered and the others are still to come; None otherwise."""
    if not turn.pending_items or not item_held(turn) or not _TOGETHER.search(turn.text or ""):
        return None
    said = aspects_asked(turn.text) or [ASPECT_OF_INTENT.get(turn.intent)]
    return said[0] if len(said) == 1 else None


def asked_of_all(turn: Turn, store) -> Optional[Reply]:
    """两个一起多少钱 while one item named with others is answered and the others are still to come: the fee, time
    limit or online entry of each (it was the item in hand's alone: 港澳通行证 60元 of 港澳通行证 and 护照 asked
    together; r35 QA), then any situation or district still asked; None for anything else."""
    held, aspect = item_held(turn), aspect_asked_of_all(turn)
    if aspect is None or store.item(held) is None or not (answered_for_each(turn, aspect) or aspect == "proxy"):
        return None
    items = [store.item(i) for i in dict.fromkeys([held, *turn.pending_items])]
    if len(items) < 2 or not all(items):
        return None
    if aspect == "proxy":   # (这俩都得本人去吗: what each guide says of someone else going; r38 QA)
        situation = turn.situation if (turn.situation or "").startswith(f"{held}/") else None
        reply = Reply()
        for item in items:
            answered = answer_item(Reply(), store, item["id"], "proxy", situation if item["id"] == held else None,
                                   None, True, turn.text)
            reply.messages += answered.messages[:1]
    else:
        reply = Reply().say(answer_for_each(aspect, items))
    if turn.options and turn.options[0]["kind"] in ("situation", "district"):
        ask_pending_again(reply, store, held, turn.options)
    return reply


def with_materials_of_all(reply: Reply, turn: Turn, store) -> Reply:
    """两个都要带啥 while one item named with others is answered and the others are still to come: after the item in
    hand's materials, those of each other one (it was the item in hand's alone: 身份证补领's, not 驾驶证换证's; r38 QA),
    before the question still pending; one whose materials depend on a situation says so."""
    held = item_held(turn)
    if aspect_asked_of_all(turn) != "materials":
        return reply
    lines = []
    for other in dict.fromkeys(i for i in turn.pending_items if i != held and store.item(i)):
        said = answer_item(Reply(), store, other, "materials", None, None, True, turn.text)
        lines.append({"text": said.messages[0]["text"].split("\n", 1)[0].replace("，请问您属于哪种情形？", "，轮到它时我再问您。")
                      if said.slots.get("options") else said.messages[0]["text"]})
    at = before_the_question(reply)
    reply.messages[at:at] = lines
    return reply


def options_compared(turn: Turn, store) -> Optional[Reply]:
    """有啥区别 / 我该选哪个 while situations or items wait to be chosen (it was "办事指南中没有写到这一点"
    or out of scope): what tells them apart (``knowledge.differences``), then the same question;
    None for anything else, or a message naming an item not on offer."""
    if not turn.options and turn.pending_items and asks_difference(turn.text) \
            and (said := items_compared(store, turn.pending_items)) is not None:
        # 这几个有什么不同 after a notice, the items still to come offered as buttons
        names = [item_name(store, i) for i in turn.pending_items]
        return Reply().say(said).say(WHICH_TO_COME, buttons=[{"title": n, "payload": n} for n in names])
    if not turn.options or turn.options[0]["kind"] not in ("situation", "item", "district") \
            or not asks_difference(turn.text):
        return None
    kind, values = turn.options[0]["kind"], [o["value"] for o in turn.options]
    if kind in ("situation", "district"):
        item_id = turn.options[0].get("item") or turn.item_in_context or turn.item
        # (普通注销和简易注销有什么区别 names two of 个体户注销's situations, though the linker read 企业简易注销; r19 QA)
        if not item_id or store.item(item_id) is None or (turn.linked_item not in (None, item_id)
                                                         and len(options_named(turn.text, turn.options)) < 2):
            return None
        said = situations_compared(store, item_id, values) if kind == "situation" else \
            districts_compared(store, item_id, [v for v in values if v != ALL_DISTRICTS])   # 这几个区有什么不同
        question = pending_question(store, item_id, kind)
    else:
        if turn.linked_item not in (None, *values):
            return None
        said, question = items_compared(store, values), WHICH_ITEM
    if said is None:
        return None
    reply = Reply(slots={"options": turn.options})   # the lines are numbered as the options: the question in one line
    return reply.say(said).say(f"{question}{REPLY_BY_BUTTON}", buttons=buttons(turn.options))


def options_named(text: str, options: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The options whose titles, without a closing bracket (简易注销 of 简易注销（承诺制）), the message says whole."""
    text = normalize("NFKC", text or "")
    titles = [normalize("NFKC", _CLOSING_BRACKET.sub("", o["title"])) for o in options]
    return [o for o, title in zip(options, titles) if len(title) >= 2 and title in text]


_CLOSING_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")


def answer_complaint(turn: Turn, store, kind: str) -> Reply:
    """A complaint about the government's service (``knowledge.complaints``): where to make it;
    asked about with nothing else (我要投诉), the employer's wrongs item one tap away too; a
    situation or district still asked is asked again."""
    reply = Reply(slots={"options": None} if turn.options else {})
    if kind == "bare" and store.item(EMPLOYER_COMPLAINT_ITEM) is not None:
        name = item_name(store, EMPLOYER_COMPLAINT_ITEM)
        reply.say(complaint_answer(kind), buttons=[{"title": name, "payload": name}])
    else:
        reply.say(complaint_answer(kind))
    offered = turn.options[0]["kind"] if turn.options else None
    if offered in ("situation", "district") and turn.item_in_context:
        ask_pending_again(reply, store, turn.item_in_context, turn.options)
    return reply


# a document or an item said to be had or done already (死亡证明有了, 出生证明已经拿到了, 户口已经销了)
_DONE_ALREADY = re.compile(r"(?:已经?|早就|都)?(?:有了|拿到了?|拿到手了|办好了?|办完了?|办过了?|开好了?|领到了?|领了|弄好了?|销了)"
                           r"[了啊呀哦嗯的。!！]*$")
ALREADY_DONE = "好的，“{name}”您已经办好了，不用再办。"
REST_TO_DO = "其余要办的是下面这几件（看您的情况，有的可能不用办），回复序号，我告诉您要带的材料、时限和地点："


def done_among_offered(turn: Turn, store) -> Optional[str]:
    """The item offered that a statement says is done or in hand already (死亡证明有了 to 家人去世's
    items: 《居民死亡医学证明（推断）书》开具, read surely; 营业执照办好了 to 开奶茶店's: the one whose name or
    aliases say 营业执照, though the linker read 营业执照补领; r17 QA), else None."""
    offered = [o["value"] for o in turn.options if o.get("kind") == "item"]
    text = normalize("NFKC", turn.text or "").strip()
    if len(offered) < 2 or is_question(text) or not _DONE_ALREADY.search(text):
        return None
    if turn.linked_item in offered and score_read(turn, turn.linked_item) >= SURE_OTHER_SCORE:
        return turn.linked_item
    documents = [m.group() for m in DOCUMENT_NAMED.finditer(text)]
    issuing = [i for i in offered if documents and any(d in " ".join([item_name(store, i), *((store.item(i) or {}).get(
        "aliases") or [])]) for d in documents)]
    return issuing[0] if len(issuing) == 1 else None


def answer_done_among_offered(reply: Reply, turn: Turn, store, done: str) -> Reply:
    """That ``done`` needs doing no more, and the other items offered to choose from again."""
    reply.slots["service_item"] = turn.item_in_context   # Rasa's slot followed the linker
    reply.say(ALREADY_DONE.format(name=item_name(store, done)))
    rest = [o for o in turn.options if o.get("value") != done]
    return ask(reply, REST_TO_DO, rest)


def document_of_family_asked(turn: Turn) -> bool:
    """Whether a message names a document (残疾证怎么办) and the linker reads items of one family first (残疾人证
    迁移, 换领 at 0.38, 0.23): the document's items are asked, not the life event its word triggers (家有残疾人,
    whose list then took 我儿子是智力残疾 for 困难残疾人生活补贴; r16 QA)."""
    read = [c for c in turn.candidates[:2] if c.get("score", 0) >= CLOSEST_MIN_SCORE]
    return bool(DOCUMENT_NAMED.search(turn.text or "")) and len(read) == 2 \
        and family_key(read[0].get("id", "")) == family_key(read[1].get("id", ""))


def outside_catalog(reply: Reply, service: Dict[str, str], text: str = "") -> Reply:
    """A service the catalog does not cover: say so, and who handles it (not a wrong item); in English to one writing
    in English, when the service says it in English (a foreigner's residence permit)."""
    name, department = service.get("name") or "这个事项", service.get("department") or "相关部门"
    reply.slots["outside_in_context"] = {"name": name, "department": department,   # for its follow-ups
                                         **({"english": service["english"]} if service.get("english") else {})}
    if service.get("english") and written_in_latin(text):
        return reply.say(OUTSIDE_IN_ENGLISH.format(name=name, english=service["english"]))
    if how := how_line(name, department):
        return reply.say(how)
    return reply.say(OUTSIDE_CATALOG.format(name=name, department=department) + HOTLINE_HELP)


def how_line(name: str, department: str) -> str:
    """The few facts the knowledge base keeps of the service outside the catalog called ``name`` (``how:``), with who
    handles it; "" when it keeps none."""
    how = how_it_is_done(name)
    return OUTSIDE_CATALOG_HOW.format(name=name, department=department, how=how) if how else ""


# a follow-up this long or shorter, with no item of its own, after a service outside the catalog is about it
OUTSIDE_FOLLOW_UP = 16   # (多久之内必须补啊 不补会咋样 after 户口簿遗失补领: a guess at 个税汇算; r32 QA)


def outside_asked_again(turn: Turn) -> Optional[Dict[str, str]]:
    """The service outside the catalog the last answer was about, when this message is a short
    follow-up on it (在哪补, 要钱不, 要本人去吗, 城东区): an aspect asked or a district said, no item,
    topic, life event or other outside service named; else None."""
    service = turn.outside_in_context
    if not service or turn.outside or turn.options or turn.named_items or (turn.in_scope and turn.linked_item):
        return None
    if service.get("english") and written_in_english(turn.text):
        return service   # (a sentence in English after the English answer: about it, however long)
    text = reply_core(turn.text)
    if not text or len(text) > OUTSIDE_FOLLOW_UP or topic_asked(text) is not None or event_asked(text) is not None \
            or group_asked(text) is not None:
        return None
    asked = aspects_asked(text) or ([ASPECT_OF_INTENT[turn.intent]] if turn.intent in ASPECT_OF_INTENT else [])
    return service if asked or turn.district_named or asks_deadline(text) or _NOT_DONE_THEN.search(text) else None


_NOT_DONE_THEN = re.compile(r"不(?:补|办|换|去|弄)(?:了)?(?:会|的话)")   # (不补会咋样 after a service outside the catalog)


def answer_outside_again(turn: Turn, service: Dict[str, str]) -> Reply:
    """A follow-up on the service outside the catalog answered last: it is still outside, and who
    handles it, its aspect asked named (它的办理地点和办公时间); the service kept for the next one."""
    asked = aspects_asked(reply_core(turn.text)) or [ASPECT_OF_INTENT.get(turn.intent) or "guide"]
    words = f"它的{ASPECT_WORDS[asked[0]]}" if asked[0] in ASPECT_WORDS else "具体怎么办理"
    reply = Reply(slots={"outside_in_context": service})
    if service.get("english") and written_in_latin(turn.text):   # (Can my employer's HR handle it…: "请用中文"; r42 QA)
        return reply.say(OUTSIDE_AGAIN_IN_ENGLISH.format(name=service["name"], english=service["english"]))
    if how := how_line(service["name"], service["department"]):   # (its few facts again: they answer most follow-ups)
        return reply.say(how)
    text = OUTSIDE_AGAIN.format(name=service["name"], department=service["department"], words=words)
    return reply.say(text + HOTLINE_HELP)


def not_understood(reply: Reply, turn: Turn, store) -> Reply:
    """The honest fallback: say so, offer the closest items if any, and the hotline; in
    English too when the message has no Chinese."""
    answer = _not_understood(reply, turn, store)
    if written_in_latin(turn.text) and not keyboard_mash(turn.text):   # (asdfgh got the English line; r17, r18 QA)
        if not answer.slots.get("options"):   # (not "这个问题不在我能解答的范围内" after it, which says the opposite; r23 QA)
            answer.messages = [m for m in answer.messages if not m.get("text", "").startswith(NOT_IN_SCOPE)] \
                or [{"text": IN_CHINESE_PLEASE}]
        answer.messages.insert(0, {"text": IN_ENGLISH_GUESS if answer.slots.get("options") else IN_ENGLISH})
    return answer


def faq_naming_point(faqs: List[Dict[str, Any]], points: List[str], text: str = "") -> Optional[Dict[str, Any]]:
    """The one FAQ whose question names a point of the message (冷静期 of 冷静期是多少天 in 离婚冷静期
    是怎么算的？), where the matcher found none close enough; None when none or several do. Not one a statement
    says the opposite of (我们俩都同意的: not 一方不同意离婚…能办吗, answered 不能; r19 QA)."""
    if text and not is_question(text):
        faqs = [f for f in faqs if not says_the_opposite(text, f.get("question") or "")]
    for point in points:
        naming = [f for f in faqs if len(point) >= 2 and point in (f.get("question") or "")]
        if len(naming) == 1:
            return naming[0]
    return None


def progress_of_unknown_item(reply: Reply, turn: Turn) -> Reply:
    """办到哪一步了 of an item not recognised for sure (我上周交的身份证补办材料 现在办到哪一步了): how
    progress is looked up anywhere, then the items it may be, faintly read, to choose from for
    their own way (it was "which item?" alone, though the message named one)."""
    reply.say(PROGRESS_ANYWHERE)
    said = not asks_only(turn.text or "", PROGRESS_WORDS)   # 进度怎么查 names nothing: no items guessed
    maybe = [c for c in turn.candidates[:3] if c.get("score", 0) >= PROGRESS_MIN_SCORE] if said else []
    if not maybe:
        return reply.say(WHICH_PROGRESS)
    reply.slots["aspect"] = "progress"
    return ask(reply, PROGRESS_WHICH_OF, [option("item", c["id"], c["name"]) for c in maybe])


def in_stated_state(candidates: List[Dict[str, Any]], text: str, store) -> List[Dict[str, Any]]:
    """The close candidates, each replaced by the member of its family that what the message says happened points to
    (我嘅身份证唔见咗 点算: 换领 read unsurely is offered as 补领, the card being lost; r16, r18 QA), once each."""
    shown: List[Dict[str, Any]] = []
    for candidate in candidates:
        item = store.item(candidate.get("id") or "")
        fixed = member_by_state(text, item, store.family(item["id"])) if item else None
        if fixed and store.item(fixed) is not None:
            candidate = {**candidate, "id": fixed, "name": item_name(store, fixed)}
        if candidate.get("id") not in [c.get("id") for c in shown]:
            shown.append(candidate)
    return shown


def of_document_named(candidates: List[Dict[str, Any]], text: str, store) -> List[Dict[str, Any]]:
    """The close candidates whose names or aliases hold a document the message names (驾驶证 of 机动车驾驶证有效期满换证,
    not of 居民身份证换领: 我那个驾驶证明年就到期了我人在外地打工回不去能不能在这边换, read as 身份证换领 first at 0.25 by
    its 外地 and 换; r19 QA), when some but not all do; else all of them."""
    said = [m.group(0) for m in DOCUMENT_NAMED.finditer(normalize("NFKC", text or ""))]
    holding = [c for c in candidates
               if any(document[-k:] in words for document in said for k in range(2, len(document) + 1)
                      for words in called(store, c.get("id") or ""))]
    return holding if 0 < len(holding) < len(candidates) else candidates


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def keyboard_mash(text: str) -> bool:
    """Whether ``text`` is letters typed along one row of the keyboard (asdfghjkl, qwerty): no words to answer."""
    letters = [c for c in (text or "").lower() if c.isascii() and c.isalpha()]
    return len(letters) >= 4 and not any(c.isspace() for c in (text or "").strip()) \
        and any(all(c in row for c in letters) for row in _KEY_ROWS)


def written_in_english(text: str) -> bool:
    """Whether ``text`` is written in English: a sentence (``reads_as_english``), or Latin letters naming English terms
    (how long, a follow-up of two words, got "only in Chinese"; r45 QA)."""
    return reads_as_english(text) or (written_in_latin(text) and bool(english_sentence_read(text)))


def written_in_latin(text: str) -> bool:
    """Three or more Latin letters and no Chinese character (English, or pinyin)."""
    text = text or ""
    letters = sum(1 for c in text if c.isascii() and c.isalpha())
    return letters >= 3 and not any("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" for c in text)


def _not_understood(reply: Reply, turn: Turn, store) -> Reply:
    closest = of_document_named(in_stated_state([c for c in turn.candidates if c.get("score", 0) >= CLOSEST_MIN_SCORE],
                                                turn.text, store), turn.text, store)
    if turn.intent in ASPECT_OF_INTENT and not turn.item and not closest:
        reply.slots["item_asked_for"] = ASPECT_OF_INTENT[turn.intent]   # for the item named next
        if turn.intent == "ask_progress":
            return progress_of_unknown_item(reply, turn)
        words = ASPECT_WORDS.get(ASPECT_OF_INTENT[turn.intent])
        return reply.say(ASK_WHAT_FOR.format(words=words) if words else ASK_WHAT)
    faqs = store.faqs(turn.item) if turn.item and not other_items_close(turn, turn.item) else []
    if faqs and (named := faq_naming_point(faqs, points_of(turn.text, store.item(turn.item) or {}), turn.text)) \
            is not None:
        return answer_faq(reply, store, turn.item, named["question"], named["answer"])   # 冷静期是多少天
    if faqs:   # a question about the item in context that no FAQ matched: its FAQs to choose from
        options = [option("faq", str(n), f["question"]) for n, f in enumerate(faqs, 1)]
        reply.slots["options"] = options
        text = numbered_text(FAQ_OPTIONS.format(name=item_name(store, turn.item)), options, f"{FAQ_OPTIONS_HINT}{HOTLINE_HELP}")
        return reply.say(text, buttons=buttons(options))
    if not closest:
        return reply.say(f"{NOT_IN_SCOPE}{HOTLINE_HELP}")
    if (answered := answer_faq_of_closest(reply, closest, turn.text, store)) is not None:
        return answered   # (the same, not understood as a question of any kind)
    options = [option("item", c["id"], c["name"]) for c in closest]
    reply.slots["options"] = options
    reply.slots["aspect"] = ASPECT_OF_INTENT.get(turn.intent) or "guide"
    if len(options) == 1 and aspects_asked(turn.text) and names_item(store, options[0]["value"], turn.text):
        # 健康证在哪办 周末能办吗 (out of scope by p(none), 0.77): named by its alias and asked about, so answered as it,
        # saying so (it was "是不是…？" and the question never answered; r20 QA)
        guess, asked = options[0]["value"], aspect_to_keep(turn)
        if asked and ASPECT_JOIN in asked:   # (在哪办 周末能办吗: both, not the notice's situations; r23 QA)
            answered = answer_aspects(Reply(slots={"service_item": guess, "situation": None, "options": None}), store,
                                      guess, asked.split(ASPECT_JOIN), None, turn.district, turn.district_declined,
                                      turn.text)
        else:
            answered = answer_corrected(replace(turn, options=[]), store, guess, asked)
        answered.messages.insert(0, {"text": GUESS_TAKEN.format(name=item_name(store, guess))})
        return answered
    if (guess := named_in_message_before(store, closest, turn)) is not None:
        # 那我自己交一个月得多少钱 after a question on 医保: 灵活就业医保, not a choice of it and 灵活就业公积金 (r38 QA)
        said = aspects_asked(turn.text)   # (its intent may be out_of_scope or 办事指南: the aspect asked by its words)
        intent = INTENT_OF_ASPECT[said[0]] if len(said) == 1 and said[0] in INTENT_OF_ASPECT else turn.intent
        # answered as if it had named the item (its FAQ on what one pays a month, then the notice)
        answered = _answer_safe(replace(turn, intent=intent, linked_item=guess, item=guess, in_scope=True,
                                        ambiguous=False, options=[], situation=None), store)
        answered.slots.setdefault("service_item", guess)
        answered.messages.insert(0, {"text": GUESS_TAKEN.format(name=item_name(store, guess))})
        return answered
    told = next((e for e in events_with(options[0]["value"]) if any(t.search(turn.text or "") for t in e.triggers)), None)
    if not turn.options and told is not None and all(o["value"] in told.items for o in options) \
            and not names_item(store, options[0]["value"], turn.text):
        # 我老伴前几天去世了 她是退休工人: an event told, its item read faintly (是不是“遗属待遇申领”; r42 QA): the event's list
        return answer_life_event(Reply(slots={"options": None}), store, told, turn.text)
    if len(options) == 1 and _KINDS_ASKED.search(turn.text or "") \
            and len(kin := [i for i in store.family(options[0]["value"])]) >= 2:
        # 提公积金有几种情况: "是不是职工死亡提取" (r78 QA); the kinds asked of, its family
        return ask_items(reply, [{"id": i["id"], "name": i["name"]} for i in kin], reply.slots["aspect"])
    if len(options) == 1:   # 我爸80多了有没有补贴: one item close, asked as such (not "which of these")
        options[0]["unsure"] = True   # (a yes picks it; 要带什么 does not)
        return ask_guess(reply, options)
    text = numbered_text(CLOSEST_ITEMS, options, NONE_OF_THEM + HOTLINE_HELP)
    return reply.say(text, buttons=buttons(options))


CLOSEST_FAQ_SCORE = 0.3   # an FAQ of one of the items close to a message, this similar to it, is what it asks...
RIVAL_FAQ_SCORE = 0.2     # ...unless another of them has one this similar (辞职都一年多了还能申请吗: 仲裁's and 购房提取's)
FAQ_LEAD = 0.1            # ...or, when every such one is a match, the best leads the next by this much


def answer_faq_of_closest(reply: Reply, closest: List[Dict[str, Any]], text: str, store) -> Optional[Reply]:
    """The FAQ of one of the ``closest`` items that ``text`` asks (``faq_of_closest``), with that item in hand; None when
    there is none."""
    if (asked := faq_of_closest(closest, text, store)) is None:
        return None
    reply.slots.update(service_item=asked.item_id, situation=None)
    return answer_faq(reply, store, asked.item_id, asked.question, asked.answer)


def faq_of_closest(closest: List[Dict[str, Any]], text: str, store):
    """The FAQ of one of the ``closest`` items that ``text`` asks, this surely and no other's, else None."""
    best = [ranked[0] for c in closest if (ranked := store.faq_matcher().ranked(c["id"], text))]
    matched = [m for m in best if m.score >= CLOSEST_FAQ_SCORE and store.faq_matcher().match(m.item_id, text) is not None]
    rivals = sorted((m for m in best if m.score >= RIVAL_FAQ_SCORE), key=lambda m: -m.score)
    # (two of them answering it, one far better: 医保断了几个月怎么补交, 居民医保's 0.46 and 灵活就业医保's 0.36)
    if not matched or any(m not in matched for m in rivals) \
            or (len(rivals) > 1 and rivals[0].score - rivals[1].score < FAQ_LEAD):
        return None
    matched = rivals[:1]
    # (not when another of them is named: 我想申请劳动仲裁 is the 仲裁, not 劳动监察's FAQ on choosing between them)
    return None if any(c["id"] != matched[0].item_id and names_item(store, c["id"], text) for c in closest) else matched[0]


def notice_data(item: Dict[str, Any], situation: Optional[str], materials, points) -> Dict[str, Any]:
    """The notice as structured data, for channels that render a checklist (web widget)."""
    return {
        "item_id": item["id"], "name": item["name"], "department": item.get("department"),
        "situation": situation, "conditions": item.get("conditions"), "materials": materials,
        "legal_time_limit": item.get("legal_time_limit"),
        "committed_time_limit": item.get("committed_time_limit"), "fee": item.get("fee"),
        "service_points": points, "online_entry": item.get("online_entry"),
        "visits_needed": item.get("visits_needed"), "closing": CLOSING,
        "sample": bool(item.get("sample")),
    }


TOPIC_HINT = "如果您要办的是{name}方面的业务，请点“{name}”或直接告诉我。"
# (the conversation is marked for a person, handoff_requested; no one is put through from here, so
# it does not say so: a citizen told "已为您转人工服务" waits for a person who does not come)
HAND_OFF = (
    f"好的。在线对话不能直接转接人工客服，请拨打{HOTLINE}政务服务便民热线（7×24小时）找人工服务，"
    "也可在工作日 9:00-17:00 到政务服务中心咨询窗口当面咨询。"
)
