# METADATA
# title: Countries and transfer facts
# description: Questions about countries answered from the facts in data.noticelint.facts.
# scope: package
package noticelint.lib.countries

import data.noticelint.facts

# in_eea holds when code is a member of the European Economic Area.
in_eea(code) if facts.eea.members[code]

# adequacy is the adequacy decision for code in force on date, if any.
adequacy(code, date) := decision if {
	decision := facts.adequacy.countries[code]
	decision.in_force_from <= date
	not _ended(decision, date)
}

_ended(decision, date) if decision.in_force_until < date

# adequate holds when code has an adequacy decision in force on date that
# covers the whole country, without conditions on the recipient.
adequate(code, date) if adequacy(code, date).scope == "whole"
