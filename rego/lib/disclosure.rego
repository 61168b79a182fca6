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

# recipient names a recipient at the start of a sentence. Call it in a rule's
# head, so that the name is built only for the recipients a finding is about;
# for a recipient of an activity, the rule adds the activity.
recipient(r) := $"The recipient \"{name}\"" if {
	name := r.name
	not text.blank(name)
} else := $"The recipient category \"{trim_space(category)}\"" if {
	category := r.category
	not text.blank(category)
} else := "A recipient"

# adequate_organisation holds when the international organisation named has
# an adequacy decision in force on date. Names compare case-insensitively.
adequate_organisation(name, date) if {
	some known, decision in facts.adequacy.organisations
	lower(trim_space(name)) == lower(known)
	decision.in_force_from <= date
}

_filled(s) if not text.blank(s)
