using Chb.Adapters;

namespace Chb.Plugins.Tests.Sdk;

public sealed class PostcodesTests
{
    [Theory]
    [InlineData("M1 1AA", "M1 1AA")]
    [InlineData("M60 1NW", "M60 1NW")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("W1A 1HQ", "W1A 1HQ")]
    [InlineData("EC1A 1BB", "EC1A 1BB")]
    [InlineData("SW1A 2AA", "SW1A 2AA")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    [InlineData("bd38qx", "BD3 8QX")]
    [InlineData("BD3  8QX", "BD3 8QX")]
    [InlineData(" bd3 8qx ", "BD3 8QX")]
    public void TryNormalise_ValidShape_ReturnsCanonicalForm(string raw, string expected)
    {
        Assert.True(Postcodes.TryNormalise(raw, out var postcode));
        Assert.Equal(expected, postcode);
    }

    [Theory]
    [InlineData("QA1 1AA")]
    [InlineData("M1 1CA")]
    [InlineData("NOT A POSTCODE")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("BD3 8Q")]
    [InlineData("BD3-8QX")]
    [InlineData("BD33 88QX")]
    public void TryNormalise_InvalidShape_ReturnsFalse(string? raw)
    {
        Assert.False(Postcodes.TryNormalise(raw, out var postcode));
        Assert.Null(postcode);
    }

    [Theory]
    [InlineData("BD3 8QX", "BD3 8")]
    [InlineData("EC1A 1BB", "EC1A 1")]
    [InlineData("M1 1AA", "M1 1")]
    public void Sector_NormalisedPostcode_IsOutwardCodePlusInwardDigit(string postcode, string expected)
        => Assert.Equal(expected, Postcodes.Sector(postcode));

    [Theory]
    [InlineData("BD3 8QX", "BD3")]
    [InlineData("EC1A 1BB", "EC1A")]
    [InlineData("GIR 0AA", "GIR")]
    public void District_NormalisedPostcode_IsOutwardCode(string postcode, string expected)
        => Assert.Equal(expected, Postcodes.District(postcode));

    [Fact]
    public void Sector_Empty_Throws()
        => Assert.Throws<ArgumentException>(() => Postcodes.Sector(string.Empty));
}
