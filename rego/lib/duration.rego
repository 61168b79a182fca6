# METADATA
# title: ISO 8601 durations
# description: Converts durations to days so rules can compare them with limits.
# scope: package
package noticelint.lib.duration

_date_units := {"Y": 365, "M": 30, "W": 7, "D": 1}

_time_units := {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}

# days is the length of the ISO 8601 duration d in days, a year counting 365
# days and a month 30, as legal limits such as "one month" are read. Most
# durations have no time part (after "T"), so its units are only computed
# for one that has.
days(d) := _part_days(parts[0], _date_units) if {
	parts := split(trim_prefix(d, "P"), "T")
	count(parts) != 2
}

days(d) := _part_days(parts[0], _date_units) + _part_days(parts[1], _time_units) if {
	parts := split(trim_prefix(d, "P"), "T")
	count(parts) == 2
}

_part_days(part, units) := sum([n |
	some m in regex.find_all_string_submatch_n(`([0-9]+)([YMWDHS])`, part, -1)
	n := to_number(m[1]) * units[m[2]]
])
