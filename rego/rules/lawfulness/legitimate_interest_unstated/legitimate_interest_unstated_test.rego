package noticelint.rules.lawfulness.legitimate_interest_unstated_test

import data.noticelint.rules.lawfulness.legitimate_interest_unstated

cases := {
	"legitimate interests without the interest": {
		"purposes": [{"description": "Fraud prevention", "legal_bases": ["legitimate_interests"]}],
		"want": {"/activities/0/purposes/0"},
	},
	"blank interest": {
		"purposes": [{"description": "Fraud prevention", "legal_bases": ["legitimate_interests"], "legitimate_interest": "  "}],
		"want": {"/activities/0/purposes/0"},
	},
	"one of two bases is legitimate interests": {
		"purposes": [{"description": "Debt collection", "legal_bases": ["contract", "legitimate_interests"]}],
		"want": {"/activities/0/purposes/0"},
	},
	"only the second purpose": {
		"purposes": [
			{"description": "Fraud prevention", "legal_bases": ["legitimate_interests"], "legitimate_interest": "Preventing payment fraud"},
			{"description": "Direct marketing by post", "legal_bases": ["legitimate_interests"]},
		],
		"want": {"/activities/0/purposes/1"},
	},
	"interest stated": {
		"purposes": [{"description": "Fraud prevention", "legal_bases": ["legitimate_interests"], "legitimate_interest": "Preventing payment fraud"}],
		"want": set(),
	},
	"other bases need no interest": {
		"purposes": [{"description": "Delivering orders", "legal_bases": ["contract"]}],
		"want": set(),
	},
	"no legal bases at all is another rule's concern": {
		"purposes": [{"description": "Delivering orders"}],
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		notice := {"activities": [{"name": "Customers", "purposes": c.purposes}]}
		got := {f.pointer | some f in legitimate_interest_unstated.report with input as {"notice": notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message if {
	notice := {"activities": [{"name": "Customers", "purposes": [{"description": "Fraud prevention", "legal_bases": ["legitimate_interests"]}]}]}
	got := {f.message | some f in legitimate_interest_unstated.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The purpose \"Fraud prevention\" of the activity \"Customers\" relies on legitimate interests but does not say which interest is pursued."}
}
