using Chb.Hub.FunctionalTests.Support;
using Microsoft.Extensions.Options;

namespace Chb.Hub.FunctionalTests.Server;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Hub:Ingest:BatchSize", "0", "BatchSize")]
    [InlineData("Hub:Storage:Provider", "Oracle", "Oracle")]
    [InlineData("Hub:Agencies:0:Code", "not an agency code", "Agency codes")]
    [InlineData("Kestrel:Endpoints:Grpc:Url", "http://0.0.0.0:5170", "loopback addresses only")]
    public async Task Start_InvalidSetting_FailsWithAMessageNamingIt(string key, string value, string expected)
    {
        await using var hub = new HubFactory(new Dictionary<string, string?> { [key] = value });

        var ex = Assert.ThrowsAny<OptionsValidationException>(() => hub.CreateChannel());

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
