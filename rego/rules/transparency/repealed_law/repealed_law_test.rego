package noticelint.rules.transparency.repealed_law_test

import data.noticelint.rules.transparency.repealed_law

cases := {
	"Directive 95/46 after the GDPR applies": {
		"as_of": "2026-01-01",
		"laws": [{"citation": "Directive 95/46/EC on the protection of individuals"}],
		"want": {"/laws/0"},
	},
	"Directive 95/46 on the day of its repeal": {
		"as_of": "2018-05-25",
		"laws": [{"citation": "Richtlijn 95/46/EG"}],
		"want": {"/laws/0"},
	},
	"Directive 95/46 the day before its repeal": {
		"as_of": "2018-05-24",
		"laws": [{"citation": "Richtlijn 95/46/EG"}],
		"want": set(),
	},
	"Directive found through the CELEX identifier": {
		"as_of": "2026-01-01",
		"laws": [{"citation": "the Data Protection Directive", "identifier": "ELI http://data.europa.eu/eli/dir/1995/46/oj (95/46)"}],
		"want": {"/laws/0"},
	},
	"Belgian Privacy Act of 1992, in French and upper case": {
		"as_of": "2026-01-01",
		"laws": [{"citation": "GDPR"}, {"citation": "Loi du 8 DÉCEMBRE 1992 relative à la protection de la vie privée"}],
		"want": {"/laws/1"},
	},
	"Belgian Privacy Act before 5 September 2018": {
		"as_of": "2018-09-04",
		"laws": [{"citation": "Wet van 8 december 1992 tot bescherming van de persoonlijke levenssfeer"}],
		"want": set(),
	},
	"Dutch Wbp": {
		"as_of": "2026-01-01",
		"laws": [{"citation": "Wet bescherming persoonsgegevens"}],
		"want": {"/laws/0"},
	},
	"GDPR and the Belgian Act of 30 July 2018": {
		"as_of": "2026-01-01",
		"laws": [{"citation": "Regulation (EU) 2016/679 (GDPR)", "identifier": "32016R0679"}, {"citation": "Wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen"}],
		"want": set(),
	},
	"no laws cited": {
		"as_of": "2026-01-01",
		"laws": [],
		"want": set(),
	},
	"only the third of several laws": {
		"as_of": "2026-01-01",
		"laws": [{"citation": "GDPR"}, {"citation": "Wet van 30 juli 2018", "identifier": "2018/12/30"}, {"citation": "Privacy Act", "identifier": "(WBP)"}],
		"want": {"/laws/2"},
	},
	"phrases spread over two laws do not match": {
		"as_of": "2026-01-01",
		"laws": [{"citation": "Act of 8"}, {"citation": "december 1992"}],
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in repealed_law.report with input as {"notice": {"laws": c.laws}, "as_of": c.as_of}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_law_date_and_successor if {
	got := {f.message | some f in repealed_law.report with input as {"notice": {"laws": [{"citation": "Directive 95/46/EC"}]}, "as_of": "2026-01-01"}}
	got == {"The notice cites \"Directive 95/46/EC\": Directive 95/46/EC (the Data Protection Directive), repealed on 2018-05-25 and replaced by the GDPR (Art. 94)."}
}

test_message_cuts_a_long_citation if {
	citation := "Wet van 8 december 1992 tot bescherming van de persoonlijke levenssfeer ten opzichte van de verwerking van persoonsgegevens"
	got := {f.message | some f in repealed_law.report with input as {"notice": {"laws": [{"citation": citation}]}, "as_of": "2026-01-01"}}
	some m in got
	startswith(m, "The notice cites \"Wet van 8 december 1992 tot bescherming van de persoonlij...\": Belgian Act")
}

test_one_finding_per_repealed_law_cited if {
	laws := [{"citation": "Wet bescherming persoonsgegevens (Wbp), implementing Directive 95/46/EC"}]
	findings := repealed_law.report with input as {"notice": {"laws": laws}, "as_of": "2026-01-01"}
	count(findings) == 2
	{f.pointer | some f in findings} == {"/laws/0"}
}
