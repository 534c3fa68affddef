using Chb.Adapters;

namespace Chb.Plugins.Tests.Sdk;

public sealed class UkDatesTests
{
    [Theory]
    [InlineData("02/11/1990", 1990, 11, 2)]
    [InlineData("29/02/2024", 2024, 2, 29)]
    [InlineData(" 31/12/1999 ", 1999, 12, 31)]
    public void TryParseUk_StrictDate_Parses(string raw, int year, int month, int day)
    {
        Assert.True(UkDates.TryParseUk(raw, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("1/1/1990")]
    [InlineData("01/01/90")]
    [InlineData("31/02/2024")]
    [InlineData("29/02/2023")]
    [InlineData("13/13/2020")]
    [InlineData("1990-11-02")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseUk_AmbiguousOrImpossible_ReturnsFalse(string? raw)
        => Assert.False(UkDates.TryParseUk(raw, out _));

    [Theory]
    [InlineData("1990-11-02", 1990, 11, 2)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void TryParseIso_StrictDate_Parses(string raw, int year, int month, int day)
    {
        Assert.True(UkDates.TryParseIso(raw, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("02/11/1990")]
    [InlineData("1990-2-3")]
    [InlineData("2023-02-29")]
    [InlineData("not-a-date")]
    [InlineData("2024-03-02T00:00:00Z")]
    public void TryParseIso_NotAnIsoDate_ReturnsFalse(string raw)
        => Assert.False(UkDates.TryParseIso(raw, out _));

    [Theory]
    [InlineData("2024-03-02T14:05:00+00:00", 0)]
    [InlineData("2024-03-02T14:05:00Z", 0)]
    [InlineData("2024-03-02T15:05:00+01:00", 60)]
    [InlineData("2024-03-02T09:05:00.000-05:00", -300)]
    public void TryParseIsoInstant_WithOffset_Parses(string raw, int offsetMinutes)
    {
        Assert.True(UkDates.TryParseIsoInstant(raw, out var value));
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 14, 5, 0, TimeSpan.Zero), value);
    }

    [Theory]
    [InlineData("2024-03-02T14:05:00")]
    [InlineData("2024-03-02")]
    [InlineData("2024-03-02T14:05:00+0000")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2024-02-30T14:05:00Z")]
    public void TryParseIsoInstant_NoOffsetOrImpossible_ReturnsFalse(string? raw)
        => Assert.False(UkDates.TryParseIsoInstant(raw, out _));

    [Theory]
    [InlineData("03/02/2024 14:05:00 +00:00")]
    [InlineData("Mar 2 2024 14:05 +01:00")]
    [InlineData("Saturday, 02 March 2024 14:05:00Z")]
    public void TryParseIsoInstant_NonIsoLayoutWithOffset_ReturnsFalse(string raw)
        => Assert.False(UkDates.TryParseIsoInstant(raw, out _));
}
