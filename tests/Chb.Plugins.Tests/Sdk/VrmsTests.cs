using Chb.Adapters;

namespace Chb.Plugins.Tests.Sdk;

public sealed class VrmsTests
{
    [Theory]
    [InlineData("yx19 abc", "YX19ABC")]
    [InlineData("YX19ABC", "YX19ABC")]
    [InlineData("A1", "A1")]
    [InlineData("abz 1234", "ABZ1234")]
    [InlineData("A123 BCD", "A123BCD")]
    [InlineData("ABC-123D", "ABC123D")]
    public void TryNormalise_PlausibleMark_UpperCasesAndStripsSpaces(string raw, string expected)
    {
        Assert.True(Vrms.TryNormalise(raw, out var vrm));
        Assert.Equal(expected, vrm);
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("123")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    [InlineData("YX19*ABC")]
    [InlineData("YX19.ABC")]
    [InlineData("ÅX19ABC")]
    [InlineData("ABCDE12345")]
    public void TryNormalise_NotAMark_ReturnsFalse(string? raw)
    {
        Assert.False(Vrms.TryNormalise(raw, out var vrm));
        Assert.Null(vrm);
    }
}
