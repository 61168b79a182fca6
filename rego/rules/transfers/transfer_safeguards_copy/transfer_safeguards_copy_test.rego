package noticelint.rules.transfers.transfer_safeguards_copy_test

import data.noticelint.rules.transfers.transfer_safeguards_copy

cases := {
	"standard clauses without a copy": {
		"transfers": [{"destination": "IN", "mechanism": "sccs_2021"}],
		"want": {"/transfers/0"},
	},
	"standard clauses with a blank copy": {
		"transfers": [{"destination": "IN", "mechanism": "sccs_2021", "safeguards_copy": "  "}],
		"want": {"/transfers/0"},
	},
	"standard clauses with a way to get a copy": {
		"transfers": [{"destination": "IN", "mechanism": "sccs_2021", "safeguards_copy": "E-mail privacy@example.be for a copy of the signed clauses."}],
		"want": set(),
	},
	"binding corporate rules without a copy": {
		"transfers": [{"destination": "US", "mechanism": "bcrs"}],
		"want": {"/transfers/0"},
	},
	"public authority instrument without a copy": {
		"transfers": [{"destination": "CA", "mechanism": "public_authority_instrument"}],
		"want": {"/transfers/0"},
	},
	"old clauses without a copy": {
		"transfers": [{"destination": "IN", "mechanism": "sccs_legacy"}],
		"want": {"/transfers/0"},
	},
	"adequacy needs no copy": {
		"transfers": [{"destination": "CH", "mechanism": "adequacy"}],
		"want": set(),
	},
	"DPF needs no copy": {
		"transfers": [{"destination": "US", "mechanism": "eu_us_dpf", "dpf_certified": true}],
		"want": set(),
	},
	"derogation needs no copy": {
		"transfers": [{"destination": "TH", "mechanism": "derogation_contract"}],
		"want": set(),
	},
	"no mechanism is another rule's job": {
		"transfers": [{"destination": "IN"}],
		"want": set(),
	},
	"only the second transfer": {
		"transfers": [
			{"destination": "IN", "mechanism": "sccs_2021", "safeguards_copy": "https://www.example.be/sccs"},
			{"destination": "PH", "mechanism": "certification"},
		],
		"want": {"/transfers/1"},
	},
	"no transfers": {"transfers": [], "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in transfer_safeguards_copy.report with input as {"notice": {"transfers": c.transfers}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_destination if {
	some f in transfer_safeguards_copy.report with input as {"notice": {"transfers": [{"destination": "IN", "mechanism": "sccs_2021"}]}, "as_of": "2026-01-01"}
	f.message == "The transfer to IN rests on safeguards but does not say how to obtain a copy of them or where they are available."
}
