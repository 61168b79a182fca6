# METADATA
# title: Notice helpers
# description: Shared views of the notice under check and the date it is judged at.
# scope: package
package noticelint.lib.notice

# as_of is the date the notice is judged at, YYYY-MM-DD. Compare dates as strings.
as_of := input.as_of

# controller_country is the ISO code of the controller's address, when given.
controller_country := input.notice.controller.address.country

# relies_on holds when some purpose of the notice relies on the Art. 6(1)
# basis. Evaluation stops at the first such purpose, and the answer is cached
# for the rest of the check.
relies_on(basis) if {
	some activity in input.notice.activities
	some purpose in activity.purposes
	basis in purpose.legal_bases
}
