using Pixfra.Rma.Domain.Holidays;

namespace Pixfra.Rma.Domain.Tests.Holidays;

/// <summary>P8: an operator edits these files by hand, so every mistake is refused with where it is.</summary>
public sealed class HolidayScheduleJsonTests
{
    private const string Valid = """
        { "year": 2027, "status": "official", "source": "notice",
          "blocks": [ { "holidays": ["NationalDay"], "daysOff": "2027-10-01..2027-10-07", "workingDays": ["2027-09-26"] } ] }
        """;

    [Fact]
    public void P8_OperatorFile_IsRead()
    {
        var schedule = HolidayScheduleJson.Parse(Valid, "cn-2027.json");

        Assert.NotNull(schedule);
        Assert.Equal(2027, schedule.Year);
        Assert.Equal(7, schedule.Blocks[0].DaysOff.Length);
    }

    [Fact]
    public void P8_UnpublishedPlaceholder_MeansNoOfficialSchedule()
    {
        Assert.Null(HolidayScheduleJson.Parse("""{ "year": 2028, "status": "unpublished" }""", "cn-2028.json"));
    }

    [Theory]
    [InlineData("""{ "year": 2027, "status": "official", "source": "n", "blocks": [ { "holidays": ["Christmas"], "daysOff": "2027-12-25" } ] }""", "unknown holiday \"Christmas\"")]
    [InlineData("""{ "year": 2027, "status": "official", "source": "n", "blocks": [ { "holidays": ["NewYear"], "daysOff": "2027-13-01" } ] }""", "blocks[0].daysOff")]
    [InlineData("""{ "year": 2027, "status": "official", "source": "n", "blocks": [ { "holidays": ["NewYear"], "daysOff": "2027-01-03..2027-01-01" } ] }""", "inclusive range")]
    [InlineData("""{ "year": 2027, "status": "official", "source": "n", "blocks": [ { "holidays": ["NewYear"], "daysOff": "2025-01-01" } ] }""", "outside the schedule's year")]
    [InlineData("""{ "year": 2027, "status": "official", "source": "n", "blocks": [] }""", "at least one block")]
    [InlineData("""{ "year": 2027, "status": "maybe" }""", "\"status\"")]
    [InlineData("""{ "status": "official" }""", "\"year\" is missing")]
    [InlineData("""{ "year": 2027, "status": "official", "source": "n", "blocks": [ { "holidays": ["Qingming"], "daysOff": "2027-04-05", "joinedWeekend": "2027-04-06" } ] }""", "only Saturdays and Sundays")]
    [InlineData("not json", "not valid JSON")]
    public void P8_MalformedFile_IsRefusedWithTheFileAndField(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => HolidayScheduleJson.Parse(json, "cn-2027.json"));

        Assert.StartsWith("cn-2027.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
