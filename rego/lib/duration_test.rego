package noticelint.lib.duration_test

import data.noticelint.lib.duration

test_days if {
	duration.days("P1M") == 30
	duration.days("P2Y") == 730
	duration.days("P1Y6M") == 545
	duration.days("P1W") == 7
	duration.days("P45D") == 45
	duration.days("PT72H") == 3
	duration.days("P1DT12H") == 1.5
	duration.days("PT36H") == 1.5
}

# Durations the schema rejects are still read the same way: every number and
# unit before the first "T" counts as a date unit, every one after it as a
# time unit, and a unit that does not belong there is ignored.
test_days_of_malformed_durations if {
	duration.days("P") == 0
	duration.days("") == 0
	duration.days("P1D1Y") == 366
	duration.days("P1H") == 0
	duration.days("PT1D") == 0
	duration.days("P1DT1HT2H") == 1
	duration.days("xyz") == 0
}
