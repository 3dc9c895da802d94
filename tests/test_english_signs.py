"""Dangers told in English, read by word classes anywhere in the message (knowledge.english_signs; r59 QA)."""
from knowledge.english_signs import child_shut_in_car, high_up_letting_go, neighbour_unseen, others_goodbye_then_silent


def test_high_up_and_letting_go_both_told():
    assert high_up_letting_go("on the bridge over the river. just wanted to ask something before I let go")
    assert high_up_letting_go("standing on the ledge, nobody cares anyway")
    assert not high_up_letting_go("I fell from a roof at work, how do I claim work injury")
    assert not high_up_letting_go("goodbye, thanks")


def test_someone_elses_goodbye_and_their_silence_both_told():
    assert others_goodbye_then_silent("my best friend texted me 'thanks for everything, take care of my cat' and now she won't pick up")
    assert not others_goodbye_then_silent("my friend said goodbye and moved to Shanghai")
    assert not others_goodbye_then_silent("my phone is off, goodbye")   # (no one else)


def test_a_child_shut_in_a_car():
    assert child_shut_in_car("toddler stuck inside the car, doors locked")
    assert not child_shut_in_car("my son's car was stolen")
    assert not child_shut_in_car("my kid is stuck at school, can I register his hukou online")


def test_a_neighbour_with_a_smell_or_days_of_mail():
    assert neighbour_unseen("grandma next door hasn't collected her newspapers for a week and there's a bad smell")
    assert neighbour_unseen("my neighbour's mail has piled up for days")
    assert not neighbour_unseen("my neighbour's dog barks for days")


def test_a_child_harmed_by_someone():
    from knowledge.english_signs import child_harmed
    assert child_harmed("the boy next door has bruises all over, his stepdad drinks")
    assert child_harmed("a child in my building is being beaten by his father every night")
    assert not child_harmed("my daughter got a bruise, does medical insurance cover it")
    assert not child_harmed("my son hit his head at school, can I claim insurance")


def test_someone_hurt_on_the_road():
    from knowledge.english_signs import hurt_on_the_road
    assert hurt_on_the_road("someone got hit by a car in front of me and is bleeding")
    assert not hurt_on_the_road("I was in a car accident last year, how to apply for disability certificate")
    assert not hurt_on_the_road("someone got hit by a car")   # (nothing of the one hurt: no scene told)
