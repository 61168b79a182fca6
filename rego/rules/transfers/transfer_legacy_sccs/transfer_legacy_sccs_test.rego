package noticelint.rules.transfers.transfer_legacy_sccs_test

import data.noticelint.rules.transfers.transfer_legacy_sccs

cases := {
	"old clauses in 2026": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "IN", "mechanism": "sccs_legacy"}],
		"want": {"/transfers/0/mechanism"},
	},
	"old clauses on the first day they stop protecting": {
		"as_of": "2022-12-28",
		"transfers": [{"destination": "IN", "mechanism": "sccs_legacy"}],
		"want": {"/transfers/0/mechanism"},
	},
	"old clauses on the last day of the grace period": {
		"as_of": "2022-12-27",
		"transfers": [{"destination": "IN", "mechanism": "sccs_legacy"}],
		"want": set(),
	},
	"new clauses": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "IN", "mechanism": "sccs_2021"}],
		"want": set(),
	},
	"no mechanism is another rule's job": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "IN"}],
		"want": set(),
	},
	"only the second transfer": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "US", "mechanism": "eu_us_dpf", "dpf_certified": true}, {"organisation": "Example Org", "mechanism": "sccs_legacy"}],
		"want": {"/transfers/1/mechanism"},
	},
	"no transfers": {"as_of": "2026-01-01", "transfers": [], "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in transfer_legacy_sccs.report with input as {"notice": {"transfers": c.transfers}, "as_of": c.as_of}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_recipient_and_date if {
	transfers := [{"destination": "IN", "recipient": "Example IT Services Pvt. Ltd.", "mechanism": "sccs_legacy"}]
	some f in transfer_legacy_sccs.report with input as {"notice": {"transfers": transfers}, "as_of": "2026-01-01"}
	f.message == "The transfer to \"Example IT Services Pvt. Ltd.\" in IN relies on the standard contractual clauses adopted before 2021, which no longer give appropriate safeguards since 2022-12-28."
}
