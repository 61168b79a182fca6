# METADATA
# title: Notice helpers
# description: Shared views of the notice under check and the date it is judged at.
# scope: package
package noticelint.lib.notice

# as_of is the date the notice is judged at, YYYY-MM-DD. Compare dates as strings.
as_of := input.as_of

# controller_country is the ISO code of the controller's address, when given.
controller_country := input.notice.controller.address.country

# every activity and purpose with its pointer, so rules iterate without
# rebuilding the path.
purposes contains [pointer, purpose, activity] if {
	some i, activity in input.notice.activities
	some j, purpose in activity.purposes
	pointer := $"/activities/{i}/purposes/{j}"
}

# bases is the set of Art. 6(1) bases any purpose of the notice relies on.
bases contains basis if {
	some [_, purpose, _] in purposes
	some basis in purpose.legal_bases
}

# recipients is every recipient of the notice with its pointer, whether listed
# for the whole notice or for one activity.
recipients contains [$"/recipients/{i}", r] if some i, r in input.notice.recipients

recipients contains [$"/activities/{i}/recipients/{j}", r] if {
	some i, activity in input.notice.activities
	some j, r in activity.recipients
}
