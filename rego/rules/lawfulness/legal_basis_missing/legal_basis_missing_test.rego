package noticelint.rules.lawfulness.legal_basis_missing_test

import data.noticelint.rules.lawfulness.legal_basis_missing

cases := {
	"activity without purposes": {
		"activities": [{"name": "Orders"}],
		"want": {"/activities/0"},
	},
	"activity with an empty list of purposes": {
		"activities": [{"name": "Orders", "purposes": []}],
		"want": {"/activities/0"},
	},
	"purpose without legal bases": {
		"activities": [{"name": "Orders", "purposes": [{"description": "Delivering orders"}]}],
		"want": {"/activities/0/purposes/0"},
	},
	"purpose with an empty list of legal bases": {
		"activities": [{"name": "Orders", "purposes": [{"description": "Delivering orders", "legal_bases": []}]}],
		"want": {"/activities/0/purposes/0"},
	},
	"only the second purpose of the second activity": {
		"activities": [
			{"name": "Newsletter", "purposes": [{"description": "Sending news", "legal_bases": ["consent"]}]},
			{"name": "Orders", "purposes": [{"description": "Delivering orders", "legal_bases": ["contract"]}, {"description": "Invoicing"}]},
		],
		"want": {"/activities/1/purposes/1"},
	},
	"every purpose has a basis": {
		"activities": [{"name": "Orders", "purposes": [{"description": "Delivering orders", "legal_bases": ["contract"]}, {"description": "Keeping accounts", "legal_bases": ["legal_obligation"], "law": "Belgian Code of Economic Law"}]}],
		"want": set(),
	},
	"no activities": {
		"activities": [],
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in legal_basis_missing.report with input as {"notice": {"activities": c.activities}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_purpose_and_activity if {
	notice := {"activities": [{"name": "Orders", "purposes": [{"description": "Invoicing"}]}]}
	got := {f.message | some f in legal_basis_missing.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The purpose \"Invoicing\" of the activity \"Orders\" gives no legal basis."}
}
