package lint_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/privacy/lint"
)

// BenchmarkCheckExample measures one check of each example notice with
// prepared rules: loading, schema validation, evaluation and shaping.
// Target: under 1 ms per seed notice.
func BenchmarkCheckExample(b *testing.B) {
	l := newLinter(b)
	files, _ := filepath.Glob("../../examples/*.notice.yaml")
	if len(files) == 0 {
		b.Fatal("no examples")
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(file), ".notice.yaml"), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := l.Check(context.Background(), file, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheckActivities measures how the check grows with the number of
// activities. Target: 10,000 activities under 1 s, growing linearly; the
// ns/activity metric should stay flat across sizes.
func BenchmarkCheckActivities(b *testing.B) {
	l := newLinter(b)
	for _, n := range []int{10, 100, 1000, 10000} {
		src := generatedNotice(b, n)
		b.Run(fmt.Sprintf("activities=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := l.Check(context.Background(), "generated.notice.json", src); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/activity")
		})
	}
}

func newLinter(tb testing.TB) *lint.Linter {
	tb.Helper()
	l, err := lint.New(context.Background(), lint.WithAsOf("2026-11-22"))
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

// generatedNotice builds a valid notice with n varied activities, some with
// gaps, so that most rules have work to do.
func generatedNotice(tb testing.TB, n int) []byte {
	tb.Helper()
	yes := true
	notice := privacy.Notice{
		Title:         "Generated notice",
		Languages:     []privacy.LanguageTag{"en"},
		EffectiveDate: "2026-01-01",
		CollectedFrom: []privacy.Collection{privacy.CollectionDataSubject},
		Controller: &privacy.Controller{
			Name:    "Example BV",
			Address: &privacy.Address{Street: "Kerkstraat 1", PostalCode: "2000", City: "Antwerpen", Country: "BE"},
			Contact: &privacy.Contact{Email: "privacy@example.be"},
			DPO:     &privacy.DPO{Designated: &yes, Contact: &privacy.Contact{Email: "dpo@example.be"}},
		},
		Transfers: []privacy.Transfer{{Destination: "US", Recipient: "Cloud Inc.", Mechanism: privacy.TransferMechanismEuUsDpf, DPFCertified: &yes}},
		Cookies: []privacy.Cookie{
			{Name: "_ga", Provider: "Google", Party: privacy.CookiePartyThird, Purpose: privacy.CookiePurposeStatistics, Duration: "P13M", ProviderCountry: "US"},
		},
		CookieConsent: &privacy.CookieConsent{Mechanism: privacy.ConsentMechanismOptIn, RejectOption: &yes, Withdrawal: "Cookie settings link in the footer."},
		Rights: &privacy.Rights{
			Stated:            []privacy.Right{"access", "rectification", "erasure", "restriction", "objection", "portability"},
			Exercise:          &privacy.Contact{Email: "privacy@example.be"},
			ResponseTime:      "P1M",
			ConsentWithdrawal: "Use the unsubscribe link or write to privacy@example.be.",
			Complaint:         &privacy.Complaint{Stated: true, Authority: &privacy.Authority{Name: "Gegevensbeschermingsautoriteit", Country: "BE"}},
		},
	}
	bases := []privacy.LegalBasis{"contract", "consent", "legitimate_interests", "legal_obligation"}
	for i := range n {
		a := privacy.Activity{
			ID:             fmt.Sprintf("activity-%d", i),
			Name:           fmt.Sprintf("Activity %d", i),
			DataCategories: []string{"name", "e-mail address"},
			Purposes:       []privacy.Purpose{{Description: fmt.Sprintf("Purpose %d", i), LegalBases: []privacy.LegalBasis{bases[i%len(bases)]}}},
			Recipients:     []privacy.Recipient{{Name: fmt.Sprintf("Processor %d", i), Role: "processor", Countries: []privacy.CountryCode{[]privacy.CountryCode{"BE", "US", "IN"}[i%3]}}},
			Provision:      &privacy.Provision{Requirement: "voluntary"},
		}
		switch i % 5 {
		case 0:
			a.Retention = &privacy.Retention{Period: "P2Y", From: "the end of the contract"}
		case 1:
			a.Retention = &privacy.Retention{Statement: "as long as necessary"}
		case 2:
			a.VideoSurveillance = &privacy.VideoSurveillance{Location: "shop"}
			a.Retention = &privacy.Retention{Period: "P3M"}
		case 3:
			a.Purposes[0].LegitimateInterest = "preventing fraud"
			a.Objection = &privacy.Objection{Availability: "excluded"}
		}
		notice.Activities = append(notice.Activities, a)
	}
	src, err := json.Marshal(notice)
	if err != nil {
		tb.Fatal(err)
	}
	return src
}
