using Chb.Hub.FunctionalTests.Support;
using Microsoft.Extensions.Options;

namespace Chb.Hub.FunctionalTests.Server;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Hub:Ingest:BatchSize", "0", "BatchSize")]
    [InlineData("Hub:Storage:Provider", "Oracle", "Oracle")]
    [InlineData("Hub:Agencies:0:Code", "not an agency code", "Agency codes")]
    [InlineData("Hub:Auth:SigningKeys:0", "c2hvcnQ=", "at least 32 bytes")]
    public async Task Start_InvalidSetting_FailsWithAMessageNamingIt(string key, string value, string expected)
    {
        await using var hub = new HubFactory(new Dictionary<string, string?> { [key] = value });

        var ex = Assert.ThrowsAny<OptionsValidationException>(() => hub.CreateChannel());

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DevelopmentModeOnANonLoopbackAddress_IsRefused()
    {
        await using var hub = new HubFactory(new Dictionary<string, string?>
        {
            ["Hub:Auth:DevelopmentMode"] = "true",
            ["Hub:Auth:DevelopmentKeyPath"] = Path.Combine(Path.GetTempPath(), "chb-tests", $"{Guid.NewGuid():N}.key"),
            ["Kestrel:Endpoints:Grpc:Url"] = "http://0.0.0.0:5170",
        });

        var ex = Assert.ThrowsAny<OptionsValidationException>(() => hub.CreateChannel());

        Assert.Contains("not a loopback address", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithoutSigningKeysOrDevelopmentMode_IsRefused()
    {
        await using var hub = new HubFactory(new Dictionary<string, string?> { ["Hub:Auth:SigningKeys:0"] = null });

        var ex = Assert.ThrowsAny<OptionsValidationException>(() => hub.CreateChannel());

        Assert.Contains("Hub:Auth needs SigningKeys", ex.Message, StringComparison.Ordinal);
    }
}
