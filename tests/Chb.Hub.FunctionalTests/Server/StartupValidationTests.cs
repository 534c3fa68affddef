using Chb.Hub.FunctionalTests.Support;
using Chb.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chb.Hub.FunctionalTests.Server;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Hub:Ingest:BatchSize", "0", "BatchSize")]
    [InlineData("Hub:Storage:Provider", "Oracle", "Oracle")]
    [InlineData("Hub:Storage:SqliteCacheMiB", "0", "SqliteCacheMiB")]
    [InlineData("Hub:Agencies:0:Code", "not an agency code", "Agency codes")]
    [InlineData("Hub:Auth:SigningKeys:0", "c2hvcnQ=", "at least 32 bytes")]
    public void Start_InvalidSetting_FailsWithAMessageNamingIt(string key, string value, string expected)
    {
        var ex = Assert.IsType<OptionsValidationException>(Start(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SettingsFiles_AreReadOnceAndNotWatched()
    {
        // A watched appsettings.json means a watch on the whole content root, where the default store is written.
        await using var hub = new HubFactory();
        _ = hub.CreateChannel();

        var files = ((IConfigurationRoot)hub.Services.GetRequiredService<IConfiguration>()).Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.Contains(files, f => f.Source.Path == "appsettings.json");
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, $"{f.Source.Path} is watched for changes"));
    }

    [Fact]
    public void Start_DevelopmentModeOnANonLoopbackAddress_IsRefused()
    {
        var ex = Assert.IsType<OptionsValidationException>(Start(new Dictionary<string, string?>
        {
            ["Hub:Auth:DevelopmentMode"] = "true",
            ["Hub:Auth:DevelopmentKeyPath"] = Path.Combine(Path.GetTempPath(), "chb-tests", $"{Guid.NewGuid():N}.key"),
            ["Kestrel:Endpoints:Grpc:Url"] = "http://0.0.0.0:5170",
        }));

        Assert.Contains("not a loopback address", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithoutSigningKeysOrDevelopmentMode_IsRefused()
    {
        var ex = Assert.IsType<OptionsValidationException>(Start(new Dictionary<string, string?> { ["Hub:Auth:SigningKeys:0"] = null }));

        Assert.Contains("Hub:Auth needs SigningKeys", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>What starting a hub with these settings throws (see <see cref="StartFailure"/>).</summary>
    private static Exception? Start(IReadOnlyDictionary<string, string?> settings)
        => StartFailure.Of(() => new HubFactory(settings), hub => hub.CreateChannel());
}
