using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Pixfra.Rma.Domain.Holidays;

/// <summary>
/// Reads the operator-editable schedule files (format in bot/Pixfra.Rma.Bot/data/holidays-cn/README.md).
/// Parsing only — the host reads the files. Every mistake names the file and the field, because an
/// operator fixes these by hand.
/// </summary>
public static class HolidayScheduleJson
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>The schedule in <paramref name="json"/>, or null when the file says the year is not published yet.</summary>
    /// <exception cref="FormatException">The file is not a valid schedule; the message says where.</exception>
    public static HolidaySchedule? Parse(string json, string fileName)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return Read(document.RootElement, fileName);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{fileName}: not valid JSON ({e.Message}).", e);
        }
    }

    private static HolidaySchedule? Read(JsonElement root, string fileName)
    {
        var year = Required(root, "year", fileName).GetInt32();
        var status = Required(root, "status", fileName).GetString();
        switch (status)
        {
            case "unpublished":
                return null;
            case "official":
                break;
            default:
                throw new FormatException($"{fileName}: \"status\" must be \"official\" or \"unpublished\", not \"{status}\".");
        }

        var source = Required(root, "source", fileName).GetString();
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new FormatException($"{fileName}: \"source\" must name the notice the schedule comes from.");
        }

        var blocks = Required(root, "blocks", fileName).EnumerateArray()
            .Select((block, index) => ReadBlock(block, $"{fileName}: blocks[{index}]", year))
            .ToList();
        if (blocks.Count == 0)
        {
            throw new FormatException($"{fileName}: an official schedule has at least one block; use \"status\": \"unpublished\" for a year not announced yet.");
        }

        return new HolidaySchedule(year, source, blocks);
    }

    private static HolidayBlock ReadBlock(JsonElement block, string where, int year)
    {
        var holidays = Required(block, "holidays", where).EnumerateArray()
            .Select(h => Enum.TryParse<HolidayKind>(h.GetString(), ignoreCase: false, out var kind)
                ? kind
                : throw new FormatException($"{where}: unknown holiday \"{h.GetString()}\"; use one of {string.Join(", ", Enum.GetNames<HolidayKind>())}."))
            .ToList();
        if (holidays.Count == 0)
        {
            throw new FormatException($"{where}: \"holidays\" names at least one holiday.");
        }

        var daysOff = ReadInterval(Required(block, "daysOff", where).GetString(), $"{where}.daysOff");
        var workingDays = block.TryGetProperty("workingDays", out var work)
            ? work.EnumerateArray().Select(w => ReadDate(w.GetString(), $"{where}.workingDays")).ToList()
            : [];
        var joined = block.TryGetProperty("joinedWeekend", out var weekend)
            ? ReadInterval(weekend.GetString(), $"{where}.joinedWeekend")
            : null;

        // A notice's New Year block may start in the December before; nothing else leaves the year.
        var earliest = new LocalDate(year - 1, 12, 1);
        var latest = new LocalDate(year, 12, 31);
        foreach (var day in daysOff.Concat(joined ?? Enumerable.Empty<LocalDate>()).Concat(workingDays))
        {
            if (day < earliest || day > latest)
            {
                throw new FormatException($"{where}: {day:uuuu-MM-dd} is outside the schedule's year {year}.");
            }
        }

        if (joined?.Any(d => d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)) == true)
        {
            throw new FormatException($"{where}.joinedWeekend: only Saturdays and Sundays can be joined to a holiday.");
        }

        return new HolidayBlock(holidays, daysOff, workingDays, joined);
    }

    private static DateInterval ReadInterval(string? text, string where)
    {
        var parts = (text ?? string.Empty).Split("..");
        var start = ReadDate(parts[0], where);
        var end = parts.Length == 2 ? ReadDate(parts[1], where) : start;
        if (parts.Length > 2 || end < start)
        {
            throw new FormatException($"{where}: \"{text}\" is not a day (2026-10-01) or an inclusive range (2026-10-01..2026-10-07).");
        }

        return new DateInterval(start, end);
    }

    private static LocalDate ReadDate(string? text, string where)
    {
        var result = IsoDate.Parse(text ?? string.Empty);
        return result.Success ? result.Value : throw new FormatException($"{where}: \"{text}\" is not a date like 2026-10-01.");
    }

    private static JsonElement Required(JsonElement element, string name, string where) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"{where}: \"{name}\" is missing.");
}
