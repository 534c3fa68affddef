using Chb.Adapters;

namespace Chb.Plugins.Tests.Sdk;

public sealed class PoliceIdentifiersTests
{
    [Theory]
    [InlineData(1, 12345, "2001/0012345H")]
    [InlineData(1, 123456, "2001/0123456F")]
    [InlineData(9, 456789, "2009/0456789W")]
    [InlineData(15, 999999, "2015/0999999H")]
    [InlineData(95, 1234, "1995/0001234L")]
    public void FormatPnc_YearAndSerial_AppendsComputedCheckLetter(int year, int serial, string expected)
        => Assert.Equal(expected, PoliceIdentifiers.FormatPnc(year, serial));

    [Theory]
    [InlineData("2001/0012345H", "2001/0012345H")]
    [InlineData("2001/0123456F", "2001/0123456F")]
    [InlineData("2009/0456789W", "2009/0456789W")]
    [InlineData("2015/0999999H", "2015/0999999H")]
    [InlineData("01/0012345H", "2001/0012345H")]
    [InlineData("20010012345H", "2001/0012345H")]
    [InlineData("010012345H", "2001/0012345H")]
    [InlineData("2001/12345H", "2001/0012345H")]
    [InlineData("01/12345H", "2001/0012345H")]
    [InlineData(" 2001/0012345h ", "2001/0012345H")]
    [InlineData("95/1234L", "1995/0001234L")]
    public void TryNormalisePnc_ValidForms_Canonicalise(string raw, string expected)
    {
        Assert.True(PoliceIdentifiers.TryNormalisePnc(raw, out var pnc, out var problem));
        Assert.Equal(expected, pnc);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("2015/0999999A")]
    [InlineData("2001/0012345J")]
    [InlineData("010012345T")]
    public void TryNormalisePnc_WrongCheckLetter_ReturnsCheckLetterProblem(string raw)
    {
        Assert.False(PoliceIdentifiers.TryNormalisePnc(raw, out var pnc, out var problem));
        Assert.Null(pnc);
        Assert.Contains("check letter", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2001/0012345")]
    [InlineData("2001/H")]
    [InlineData("201/0012345H")]
    [InlineData("2001/00123456H")]
    [InlineData("20O1/0012345H")]
    [InlineData("H")]
    public void TryNormalisePnc_BadFormat_ReturnsFormatProblem(string? raw)
    {
        Assert.False(PoliceIdentifiers.TryNormalisePnc(raw, out var pnc, out var problem));
        Assert.Null(pnc);
        Assert.Contains("such as 2001/0012345H", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456/01X", "123456/01X")]
    [InlineData("12345/01Z", "012345/01Z")]
    [InlineData("1/99W", "000001/99W")]
    [InlineData("123456/01x", "123456/01X")]
    public void TryNormaliseCro_ValidCheckLetter_Canonicalises(string raw, string expected)
    {
        Assert.True(PoliceIdentifiers.TryNormaliseCro(raw, out var cro, out var problem));
        Assert.Equal(expected, cro);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("123456/01A", "check letter")]
    [InlineData("123456/02X", "check letter")]
    [InlineData("1234567/01X", "such as 123456/01X")]
    [InlineData("123456/1X", "such as 123456/01X")]
    [InlineData("123456-01X", "such as 123456/01X")]
    [InlineData("SF01/123456X", "such as 123456/01X")]
    [InlineData("", "such as 123456/01X")]
    public void TryNormaliseCro_Invalid_ReturnsProblem(string raw, string expectedProblem)
    {
        Assert.False(PoliceIdentifiers.TryNormaliseCro(raw, out var cro, out var problem));
        Assert.Null(cro);
        Assert.Contains(expectedProblem, problem, StringComparison.Ordinal);
    }
}
