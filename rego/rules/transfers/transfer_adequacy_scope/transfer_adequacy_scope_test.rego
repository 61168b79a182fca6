package noticelint.rules.transfers.transfer_adequacy_scope_test

import data.noticelint.rules.transfers.transfer_adequacy_scope

cases := {
	"adequacy for India": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "IN", "mechanism": "adequacy"}],
		"want": {"/transfers/0/mechanism"},
	},
	"adequacy for Switzerland": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "CH", "mechanism": "adequacy"}],
		"want": set(),
	},
	"adequacy for Japan, a sectoral decision": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "JP", "mechanism": "adequacy"}],
		"want": set(),
	},
	"adequacy for Brazil the day before its decision": {
		"as_of": "2026-01-25",
		"transfers": [{"destination": "BR", "mechanism": "adequacy"}],
		"want": {"/transfers/0/mechanism"},
	},
	"adequacy for Brazil on the day of its decision": {
		"as_of": "2026-01-26",
		"transfers": [{"destination": "BR", "mechanism": "adequacy"}],
		"want": set(),
	},
	"adequacy for the UK after its decision ends": {
		"as_of": "2031-12-28",
		"transfers": [{"destination": "GB", "mechanism": "adequacy"}],
		"want": {"/transfers/0/mechanism"},
	},
	"an EEA destination needs no decision": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "IE", "mechanism": "adequacy"}],
		"want": set(),
	},
	"DPF for a certified US recipient": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "US", "mechanism": "eu_us_dpf", "dpf_certified": true}],
		"want": set(),
	},
	"DPF silent on certification": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "US", "mechanism": "eu_us_dpf"}],
		"want": set(),
	},
	"DPF before the decision": {
		"as_of": "2023-07-09",
		"transfers": [{"destination": "US", "mechanism": "eu_us_dpf", "dpf_certified": true}],
		"want": {"/transfers/0/mechanism"},
	},
	"DPF on the day of the decision": {
		"as_of": "2023-07-10",
		"transfers": [{"destination": "US", "mechanism": "eu_us_dpf", "dpf_certified": true}],
		"want": set(),
	},
	"DPF for a recipient that is not certified": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "US", "mechanism": "eu_us_dpf", "dpf_certified": false}],
		"want": {"/transfers/0/dpf_certified"},
	},
	"DPF for India": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "IN", "mechanism": "eu_us_dpf"}],
		"want": {"/transfers/0/mechanism"},
	},
	"DPF for Switzerland": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "CH", "mechanism": "eu_us_dpf"}],
		"want": {"/transfers/0/mechanism"},
	},
	"DPF for an international organisation": {
		"as_of": "2026-01-01",
		"transfers": [{"organisation": "World Health Organization", "mechanism": "eu_us_dpf"}],
		"want": {"/transfers/0/mechanism"},
	},
	"adequacy for the US, certified": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "US", "mechanism": "adequacy", "dpf_certified": true}],
		"want": set(),
	},
	"adequacy for the US, silent on certification": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "US", "mechanism": "adequacy"}],
		"want": {"/transfers/0/mechanism"},
	},
	"adequacy for the US, not certified": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "US", "mechanism": "adequacy", "dpf_certified": false}],
		"want": {"/transfers/0/dpf_certified"},
	},
	"adequacy for the US before the decision": {
		"as_of": "2022-01-01",
		"transfers": [{"destination": "US", "mechanism": "adequacy", "dpf_certified": false}],
		"want": {"/transfers/0/mechanism"},
	},
	"adequacy for an organisation with a decision": {
		"as_of": "2026-01-01",
		"transfers": [{"organisation": "European Patent Organisation", "mechanism": "adequacy"}],
		"want": set(),
	},
	"adequacy for an organisation without a decision": {
		"as_of": "2026-01-01",
		"transfers": [{"organisation": "World Health Organization", "mechanism": "adequacy"}],
		"want": {"/transfers/0/mechanism"},
	},
	"privacy shield is another rule's job": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "US", "mechanism": "privacy_shield"}],
		"want": set(),
	},
	"standard clauses are not adequacy": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "IN", "mechanism": "sccs_2021"}],
		"want": set(),
	},
	"only the second transfer": {
		"as_of": "2026-01-01",
		"transfers": [{"destination": "CH", "mechanism": "adequacy"}, {"destination": "CN", "mechanism": "adequacy"}],
		"want": {"/transfers/1/mechanism"},
	},
	"no transfers": {"as_of": "2026-01-01", "transfers": [], "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in transfer_adequacy_scope.report with input as {"notice": {"transfers": c.transfers}, "as_of": c.as_of}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_no_decision if {
	transfers := [{"destination": "IN", "recipient": "Example IT Services Pvt. Ltd.", "mechanism": "adequacy"}]
	some f in transfer_adequacy_scope.report with input as {"notice": {"transfers": transfers}, "as_of": "2026-01-01"}
	f.message == "The transfer to \"Example IT Services Pvt. Ltd.\" in IN relies on an adequacy decision, but none for IN is in force on 2026-01-01."
}
