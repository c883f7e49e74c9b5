using NodaTime;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Holidays;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Storage.Tests.Contract;

/// <summary>RMA cases with every part of the record filled in, built directly (storage does not care about the lifecycle).</summary>
internal static class SampleCases
{
    public static readonly Instant Epoch = Instant.FromUtc(2026, 3, 2, 0, 0);

    public static RmaNumber Number(int seed)
    {
        var bytes = BitConverter.GetBytes(seed * 7919L);
        return RmaNumber.FromEntropy(bytes.AsSpan(0, RmaNumber.EntropyBytes));
    }

    public static RmaCase Case(int seed, string distributorId, RmaStatus status = RmaStatus.Authorized, Instant? createdAt = null, params string[] serials)
    {
        var created = createdAt ?? Epoch;
        var lines = (serials.Length == 0 ? [$"PX{seed:D6}"] : serials)
            .Select((sn, i) => Line(i + 1, sn))
            .ToList();
        var actor = new Actor(ActorKind.Distributor, "aad-1", "王经理 👔");
        return new RmaCase(
            Number(seed),
            distributorId,
            status,
            lines,
            [new ChecklistAnswer(ChecklistItem.BackUpData, true, created), new ChecklistAnswer(ChecklistItem.FactoryReset, false, created)],
            [new EvidenceReference(EvidenceKind.LabelPhoto, 1, new string('a', 64), "image/jpeg", 123_456, new string('a', 64), actor, created)],
            status == RmaStatus.Draft ? null : RmaValidity.StartingAt(created),
            "rs-shenzhen",
            "2025-06 v3",
            seed % 2 == 0 ? Number(seed + 100_000) : null,
            null,
            created,
            [new StatusChange(RmaStatus.Draft, status, created, actor, "首次签发 ✅")]);
    }

    private static RmaLine Line(int number, string serial)
    {
        var holiday = new HolidayBlock(
            [HolidayKind.SpringFestival],
            new DateInterval(new LocalDate(2027, 2, 6), new LocalDate(2027, 2, 14)),
            [new LocalDate(2027, 2, 5)],
            null);
        var lastDay = new LastDay(new LocalDate(2027, 2, 8), new LocalDate(2027, 2, 15), new HolidayShift(new LocalDate(2027, 2, 8), new LocalDate(2027, 2, 15), holiday, false), false);
        var tamper = new TamperAnswers(false, false, true);
        return new RmaLine(
            number,
            "PX-P60",
            SerialNumber.Parse(serial),
            PartNumber.Parse("PX-P60-001/A"),
            "镜头起雾，开机后画面全白 🌫️ \"lens\"",
            tamper,
            new LocalDate(2025, 2, 8),
            null,
            new WarrantyAssessment(
                new LocalDate(2026, 3, 2),
                new WarrantyStart(new LocalDate(2025, 2, 8), WarrantyStartSource.Invoice),
                new CoverageVerdict(CoveredPart.Components, CoverageStatus.Covered, 2, lastDay),
                new CoverageVerdict(CoveredPart.Battery, CoverageStatus.Expired, 1, null),
                tamper,
                false,
                false),
            [CatalogMismatch.PartNumberNotOfModel],
            true);
    }
}
