using Chb.Adapters;

namespace Chb.Plugins.Tests;

public sealed class SdkHelperSmokeTests
{
    [Fact]
    public void FormatPnc_WorkedExample_MatchesDomainBrief()
        => Assert.Equal("2001/0012345H", PoliceIdentifiers.FormatPnc(1, 12345));
}
