package noticelint.rules.transfers.transfer_derogation_test

import data.noticelint.rules.transfers.transfer_derogation

cases := {
	"explicit consent, informed of risks": {
		"transfers": [{"destination": "CN", "mechanism": "derogation_explicit_consent", "informed_of_risks": true, "systematic": false}],
		"want": set(),
	},
	"explicit consent, not informed": {
		"transfers": [{"destination": "CN", "mechanism": "derogation_explicit_consent", "informed_of_risks": false}],
		"want": {"/transfers/0/informed_of_risks"},
	},
	"explicit consent, silent on risks": {
		"transfers": [{"destination": "CN", "mechanism": "derogation_explicit_consent"}],
		"want": {"/transfers/0"},
	},
	"explicit consent for a systematic transfer": {
		"transfers": [{"destination": "CN", "mechanism": "derogation_explicit_consent", "informed_of_risks": true, "systematic": true}],
		"want": {"/transfers/0/systematic"},
	},
	"both problems": {
		"transfers": [{"destination": "CN", "mechanism": "derogation_explicit_consent", "systematic": true}],
		"want": {"/transfers/0", "/transfers/0/systematic"},
	},
	"contract derogation for a systematic transfer": {
		"transfers": [{"destination": "US", "recipient": "Example CRM Inc.", "mechanism": "derogation_contract", "systematic": true}],
		"want": {"/transfers/0/systematic"},
	},
	"contract derogation, occasional": {
		"transfers": [{"destination": "TH", "mechanism": "derogation_contract", "systematic": false}],
		"want": set(),
	},
	"contract derogation, silent on frequency": {
		"transfers": [{"destination": "TH", "mechanism": "derogation_contract"}],
		"want": set(),
	},
	"systematic transfer under standard clauses": {
		"transfers": [{"destination": "IN", "mechanism": "sccs_2021", "systematic": true}],
		"want": set(),
	},
	"systematic transfer without mechanism is another rule's job": {
		"transfers": [{"destination": "IN", "systematic": true}],
		"want": set(),
	},
	"only the second transfer": {
		"transfers": [
			{"destination": "IN", "mechanism": "sccs_2021", "systematic": true},
			{"destination": "BR", "mechanism": "derogation_legal_claims", "systematic": true},
		],
		"want": {"/transfers/1/systematic"},
	},
	"no transfers": {"transfers": [], "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in transfer_derogation.report with input as {"notice": {"transfers": c.transfers}, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_systematic if {
	transfers := [{"destination": "US", "recipient": "Example CRM Inc.", "mechanism": "derogation_contract", "systematic": true}]
	some f in transfer_derogation.report with input as {"notice": {"transfers": transfers}, "as_of": "2026-01-01"}
	f.message == "The transfer to \"Example CRM Inc.\" in US is regular or repeated, but relies on an Art. 49 derogation, which allows only occasional transfers."
}
