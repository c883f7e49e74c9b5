using NodaTime;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Domain.Warranty;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Domain.Tests.Cases;

public sealed class RmaCaseTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 23, 2, 0);
    private static readonly Actor Distributor = new(ActorKind.Distributor, "aad-1", "Li Wei");
    private static readonly Actor Staff = new(ActorKind.Staff, "staff-1", "Zhang Min");
    private static readonly RmaNumber FirstNumber = RmaNumber.FromEntropy([1, 2, 3, 4, 5]);
    private static readonly RmaNumber SecondNumber = RmaNumber.FromEntropy([6, 7, 8, 9, 10]);

    [Fact]
    public void P11_CannotAuthorize_BeforeEveryChecklistItemIsAnswered()
    {
        var draft = Draft().WithLines([CoveredLine()])
            .WithChecklistAnswer(new ChecklistAnswer(ChecklistItem.BackUpData, true, Start));

        var error = Assert.Throws<InvalidRmaTransitionException>(() => draft.Authorize(Start, Distributor));
        Assert.Contains("checklist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ChecklistItem.BackUpData)]
    [InlineData(ChecklistItem.DeletePrivateInformation)]
    public void P11_BackupAndPrivateData_CannotBeDeclined(ChecklistItem item)
    {
        Assert.Throws<InvalidRmaTransitionException>(() => Draft().WithChecklistAnswer(new ChecklistAnswer(item, false, Start)));
    }

    [Fact]
    public void P11_DecliningTheFactoryReset_IsRecordedWithItsTime_AndAllowsTheRma()
    {
        var declinedAt = Start.Plus(Duration.FromMinutes(3));
        var authorized = Ready(resetConfirmed: false, resetAt: declinedAt).Authorize(Start.Plus(Duration.FromMinutes(5)), Distributor);

        var reset = Assert.Single(authorized.Checklist, a => a.Item == ChecklistItem.FactoryReset);
        Assert.False(reset.Confirmed);
        Assert.Equal(declinedAt, reset.At);
        Assert.Equal(RmaStatus.Authorized, authorized.Status);
    }

    [Fact]
    public void P12_Authorizing_StartsTheThirtyDayWindow_AndRecordsWhoAndWhen()
    {
        var authorized = Ready().Authorize(Start, Distributor);

        Assert.Equal(new LocalDate(2026, 12, 23), authorized.Validity!.LastDay);
        var change = Assert.Single(authorized.History);
        Assert.Equal((RmaStatus.Draft, RmaStatus.Authorized, Start, Distributor), (change.From, change.To, change.At, change.Actor));
    }

    [Fact]
    public void CannotAuthorize_WithoutACoveredLine()
    {
        var draft = Ready() with { Lines = [CoveredLine() with { Tamper = new TamperAnswers(true, false, false), Assessment = Excluded() }] };

        Assert.Throws<InvalidRmaTransitionException>(() => draft.Authorize(Start, Distributor));
    }

    [Fact]
    public void P12_Expire_OnlyAfterTheWindow()
    {
        var authorized = Ready().Authorize(Start, Distributor);

        Assert.Throws<InvalidRmaTransitionException>(() => authorized.Expire(authorized.Validity!.EndsAt.Minus(Duration.FromSeconds(1))));
        Assert.Equal(RmaStatus.Expired, authorized.Expire(authorized.Validity!.EndsAt).Status);
    }

    [Fact]
    public void P12_Reissue_GivesANewNumberAndWindow_AndLinksTheOldOneAsSuperseded()
    {
        var expired = Ready().Authorize(Start, Distributor).Expire(Instant.FromUtc(2026, 12, 24, 0, 0));
        var reissuedAt = Instant.FromUtc(2026, 12, 28, 3, 0);

        var (superseded, reissued) = expired.Reissue(SecondNumber, reissuedAt, Distributor);

        Assert.Equal(RmaStatus.Superseded, superseded.Status);
        Assert.Equal(SecondNumber, superseded.SupersededBy);
        Assert.Equal(RmaStatus.Authorized, reissued.Status);
        Assert.Equal(SecondNumber, reissued.Number);
        Assert.Equal(FirstNumber, reissued.Supersedes);
        Assert.Equal(new LocalDate(2027, 1, 27), reissued.Validity!.LastDay);
        Assert.Equal(expired.Lines, reissued.Lines);
    }

    [Fact]
    public void Lifecycle_FullPath_IsRecordedStepByStep()
    {
        var at = Start;
        var @case = Ready().Authorize(at, Distributor)
            .MoveTo(RmaStatus.InTransit, at = at.Plus(Duration.FromDays(2)), Distributor)
            .MoveTo(RmaStatus.Received, at = at.Plus(Duration.FromDays(5)), Staff)
            .MoveTo(RmaStatus.Inspecting, at = at.Plus(Duration.FromDays(1)), Staff)
            .MoveTo(RmaStatus.InRepair, at = at.Plus(Duration.FromDays(1)), Staff)
            .MoveTo(RmaStatus.ShippedBack, at = at.Plus(Duration.FromDays(3)), Staff)
            .MoveTo(RmaStatus.Closed, at.Plus(Duration.FromDays(7)), Staff, "Repaired: sensor replaced");

        Assert.Equal(
            [RmaStatus.Authorized, RmaStatus.InTransit, RmaStatus.Received, RmaStatus.Inspecting, RmaStatus.InRepair, RmaStatus.ShippedBack, RmaStatus.Closed],
            @case.History.Select(h => h.To));
        Assert.Equal("Repaired: sensor replaced", @case.History[^1].Reason);
        Assert.True(RmaLifecycle.IsFinal(@case.Status));
    }

    [Theory]
    [InlineData(RmaStatus.Draft, RmaStatus.InRepair)]
    [InlineData(RmaStatus.Authorized, RmaStatus.ShippedBack)]
    [InlineData(RmaStatus.Received, RmaStatus.Closed)]
    public void Lifecycle_IllegalTransition_IsRefusedWithWhatIsAllowed(RmaStatus from, RmaStatus to)
    {
        var @case = Ready() with { Status = from };

        var error = Assert.Throws<InvalidRmaTransitionException>(() => @case.MoveTo(to, Start, Staff, "reason"));
        Assert.Contains($"is {from} and cannot become {to}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lifecycle_ClosedCase_IsFinal()
    {
        var closed = Ready() with { Status = RmaStatus.Closed };

        var error = Assert.Throws<InvalidRmaTransitionException>(() => closed.MoveTo(RmaStatus.Cancelled, Start, Staff));
        Assert.Contains("it is final", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RmaStatus.Closed)]
    [InlineData(RmaStatus.Rejected)]
    public void Lifecycle_ClosingOrRejecting_NeedsAReason(RmaStatus to)
    {
        var @case = Ready() with { Status = to == RmaStatus.Closed ? RmaStatus.ShippedBack : RmaStatus.Inspecting };

        Assert.Throws<InvalidRmaTransitionException>(() => @case.MoveTo(to, Start, Staff, " "));
    }

    [Fact]
    public void Lifecycle_ExpiredNumber_CannotBeReceived()
    {
        var expired = Ready().Authorize(Start, Distributor).Expire(Instant.FromUtc(2026, 12, 24, 0, 0));

        Assert.Throws<InvalidRmaTransitionException>(() => expired.MoveTo(RmaStatus.Received, Start, Staff));
    }

    [Fact]
    public void Lifecycle_AuthorizedCase_NoLongerChangesItsLines()
    {
        var authorized = Ready().Authorize(Start, Distributor);

        Assert.Throws<InvalidRmaTransitionException>(() => authorized.WithLines([]));
    }

    [Fact]
    public void P13_P10_EveryCoveredUnitNeedsBothPhotos_AndItsInvoiceDateNeedsTheInvoice()
    {
        var draft = Draft().WithLines([CoveredLine(), CoveredLine() with { LineNumber = 2 }]);

        Assert.Equal(
            [
                new RequiredEvidence(EvidenceKind.LabelPhoto, 1, null), new RequiredEvidence(EvidenceKind.AppearancePhoto, 1, null),
                new RequiredEvidence(EvidenceKind.LabelPhoto, 2, null), new RequiredEvidence(EvidenceKind.AppearancePhoto, 2, null),
                new RequiredEvidence(EvidenceKind.Invoice, null, new LocalDate(2025, 6, 1)),
            ],
            draft.MissingEvidence);
    }

    [Fact]
    public void P13_AnExcludedUnit_NeedsNoPhotos_BecauseItDoesNotTravelOnTheNumber()
    {
        var draft = Draft().WithLines([CoveredLine() with { Assessment = Excluded() }]);

        Assert.Empty(draft.MissingEvidence);
    }

    [Fact]
    public void P10_AnInvoiceProvingAnotherDate_DoesNotMeetTheRequirement()
    {
        var draft = Draft().WithLines([CoveredLine()])
            .FileEvidence(File(EvidenceKind.Invoice, null, "c", new LocalDate(2025, 7, 1)));

        Assert.Contains(new RequiredEvidence(EvidenceKind.Invoice, null, new LocalDate(2025, 6, 1)), draft.MissingEvidence);
    }

    [Fact]
    public void P13_CannotAuthorize_WhileAPhotoIsMissing()
    {
        var ready = Ready();
        var withoutLabel = ready with { Evidence = [.. ready.Evidence.Where(e => e.Kind != EvidenceKind.LabelPhoto)] };

        var error = Assert.Throws<InvalidRmaTransitionException>(() => withoutLabel.Authorize(Start, Distributor));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FilingAPhotoAgain_ReplacesTheEarlierOne_InTheSamePlaceOnly()
    {
        var draft = Draft().WithLines([CoveredLine(), CoveredLine() with { LineNumber = 2 }])
            .FileEvidence(File(EvidenceKind.LabelPhoto, 1, "a"))
            .FileEvidence(File(EvidenceKind.LabelPhoto, 2, "b"))
            .FileEvidence(File(EvidenceKind.LabelPhoto, 1, "c"));

        Assert.Equal([("b", 2), ("c", 1)], draft.Evidence.Select(e => (e.BlobName[..1], e.LineNumber!.Value)));
    }

    [Fact]
    public void FilingEvidence_ForALineTheCaseDoesNotHave_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Draft().WithLines([CoveredLine()]).FileEvidence(File(EvidenceKind.LabelPhoto, 7, "a")));
    }

    [Fact]
    public void P9_ExcludingALineOnInspection_UncoversIt_AndRecordsWhoWhenWhyAndWhichLine()
    {
        var received = Ready().Authorize(Start, Distributor).MoveTo(RmaStatus.Received, Start, Staff);
        var at = Start.Plus(Duration.FromHours(2));

        var excluded = received.ExcludeLine(1, "Housing painted", at, Staff);

        Assert.Equal("Housing painted", excluded.Lines[0].ExcludedAfterInspection);
        Assert.False(excluded.Lines[0].IsCovered);
        Assert.Empty(excluded.CoveredLines);
        Assert.Equal(RmaStatus.Received, excluded.Status);
        Assert.Equal(new StatusChange(RmaStatus.Received, RmaStatus.Received, at, Staff, "Housing painted", CaseEventKind.LineExcluded, 1), excluded.History[^1]);
    }

    [Fact]
    public void P9_Exclusion_IsRefusedBeforeReceipt_WithoutAReason_ForAMissingLine_OrTwice()
    {
        var authorized = Ready().Authorize(Start, Distributor);
        var received = authorized.MoveTo(RmaStatus.Received, Start, Staff);

        Assert.Throws<InvalidRmaTransitionException>(() => authorized.ExcludeLine(1, "painted", Start, Staff));
        Assert.Throws<InvalidRmaTransitionException>(() => received.ExcludeLine(1, " ", Start, Staff));
        Assert.Throws<InvalidRmaTransitionException>(() => received.ExcludeLine(2, "painted", Start, Staff));
        Assert.Throws<InvalidRmaTransitionException>(() => received.ExcludeLine(1, "painted", Start, Staff).ExcludeLine(1, "again", Start, Staff));
    }

    [Theory]
    [InlineData(CaseEventKind.StaffNote, true)]
    [InlineData(CaseEventKind.InformationRequested, false)]
    [InlineData(CaseEventKind.Takeover, false)]
    public void StaffActions_ThatChangeNothingElse_AreRecordedInTheHistory(CaseEventKind kind, bool staffOnly)
    {
        var authorized = Ready().Authorize(Start, Distributor);

        var recorded = authorized.Record(kind, Start, Staff, "text");

        Assert.Equal(new StatusChange(RmaStatus.Authorized, RmaStatus.Authorized, Start, Staff, "text", kind), recorded.History[^1]);
        Assert.Equal(authorized with { History = recorded.History }, recorded);
        Assert.Equal(staffOnly, kind.IsStaffOnly());
        Assert.Throws<ArgumentException>(() => authorized.Record(CaseEventKind.StatusChange, Start, Staff, null));
    }

    private static RmaCase Draft() => RmaCase.StartDraft(FirstNumber, "distributor-1", "2026-11", "station-eu", Start);

    private static RmaCase Ready(bool resetConfirmed = true, Instant? resetAt = null) =>
        Draft().WithLines([CoveredLine()])
            .WithChecklistAnswer(new ChecklistAnswer(ChecklistItem.BackUpData, true, Start))
            .WithChecklistAnswer(new ChecklistAnswer(ChecklistItem.DeletePrivateInformation, true, Start))
            .WithChecklistAnswer(new ChecklistAnswer(ChecklistItem.FactoryReset, resetConfirmed, resetAt ?? Start))
            .FileEvidence(File(EvidenceKind.LabelPhoto, 1, "a"))
            .FileEvidence(File(EvidenceKind.AppearancePhoto, 1, "b"))
            .FileEvidence(File(EvidenceKind.Invoice, null, "c", new LocalDate(2025, 6, 1)));

    private static EvidenceReference File(EvidenceKind kind, int? line, string hashDigit, LocalDate? proves = null)
    {
        var hash = new string(hashDigit[0], 64);
        return new EvidenceReference(kind, line, hash, "image/jpeg", 1000, hash, Distributor, Start, "photo.jpg", proves);
    }

    private static RmaLine CoveredLine()
    {
        var model = ShippedData.SampleCatalog.FindModel("SAMPLE-TC384")!;
        var facts = new ProductLineFacts(ShippedData.SampleCatalog.CategoryOf(model), true, SerialNumber.Parse("PX384A1B2C3D"), null, new LocalDate(2025, 6, 1), null, TamperAnswers.None);
        var assessment = new WarrantyEvaluator(ShippedData.HolidayCalendar).Evaluate(facts, new LocalDate(2026, 11, 23));
        return new RmaLine(1, model.Code, facts.SerialNumber, null, "No image after power on", TamperAnswers.None, facts.InvoiceDate, null, assessment, [], NoSubstitute: false);
    }

    private static WarrantyAssessment Excluded()
    {
        var model = ShippedData.SampleCatalog.FindModel("SAMPLE-TC384")!;
        var facts = new ProductLineFacts(ShippedData.SampleCatalog.CategoryOf(model), true, SerialNumber.Parse("PX384A1B2C3D"), null, new LocalDate(2025, 6, 1), null, new TamperAnswers(true, false, false));
        return new WarrantyEvaluator(ShippedData.HolidayCalendar).Evaluate(facts, new LocalDate(2026, 11, 23));
    }
}
