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
