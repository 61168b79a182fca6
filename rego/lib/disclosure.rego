# METADATA
# title: Recipients and transfers in messages
# description: |
#   Names recipients and transfers the way findings quote them, and answers
#   whether an international organisation has an adequacy decision, for the
#   recipient, transfer and cookie rules.
# scope: package
package noticelint.lib.disclosure

import data.noticelint.facts
import data.noticelint.lib.text

# transfer names a transfer at the start of a sentence: its recipient and its
# destination country or international organisation, as far as the notice says.
transfer(t) := $"The transfer to \"{t.recipient}\" in {t.destination}" if {
	_filled(t.recipient)
	t.destination
} else := $"The transfer to {t.destination}" if {
	t.destination
} else := $"The transfer to the international organisation \"{t.organisation}\"" if {
	_filled(t.organisation)
} else := $"The transfer to \"{t.recipient}\"" if {
	_filled(t.recipient)
} else := "A transfer"

# recipients is every recipient of the notice as [pointer, recipient, label],
# label naming it at the start of a sentence with the activity it belongs to.
recipients contains [$"/recipients/{i}", r, _recipient(r)] if some i, r in input.notice.recipients

recipients contains [$"/activities/{i}/recipients/{j}", r, $"{_recipient(r)} of activity \"{activity.name}\""] if {
	some i, activity in input.notice.activities
	some j, r in activity.recipients
}

_recipient(r) := $"The recipient \"{r.name}\"" if {
	_filled(r.name)
} else := $"The recipient category \"{trim_space(r.category)}\"" if {
	_filled(r.category)
} else := "A recipient"

# adequate_organisation holds when the international organisation named has
# an adequacy decision in force on date. Names compare case-insensitively.
adequate_organisation(name, date) if {
	some known, decision in facts.adequacy.organisations
	lower(trim_space(name)) == lower(known)
	decision.in_force_from <= date
}

_filled(s) if not text.blank(s)
