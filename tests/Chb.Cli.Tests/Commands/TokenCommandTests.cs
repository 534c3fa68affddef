using System.Text.Json;
using Chb.Cli.Tests.Support;
using Chb.Contracts.Security;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Chb.Cli.Tests.Commands;

/// <summary><c>chb token</c>: minted with the development key (here the test key the hub trusts), and refused clearly without one.</summary>
public sealed class TokenCommandTests : IAsyncLifetime
{
    private readonly CliHub _hub = new();
    private readonly TempDirectory _folder = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Token_AdminWithTheDevKey_PrintsOnlyATokenTheHubAccepts()
    {
        var minted = await CliRunner.RunAsync(null, ["token", "--role", "admin", "--agency", "WYP", "--dev-key", _hub.DevKeyPath]);

        var token = Assert.Single(minted.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(minted.ExitCode == 0, minted.ToString());
        Assert.Equal(string.Empty, minted.Error);
        var adapters = await _hub.RunWithTokenAsync(token, "adapters", "--json");
        Assert.True(adapters.ExitCode == 0, adapters.ToString());
        Assert.Equal(3, JsonDocument.Parse(adapters.Out).RootElement.GetProperty("adapters").GetArrayLength());
    }

    [Fact]
    public async Task Token_PartnerWithTheKeyFromTheEnvironment_CanPushAsItsAgency()
    {
        var minted = await CliRunner.RunAsync(null, ["token", "--role", "partner", "--agency", "BDC-ENV"], new Dictionary<string, string> { ["CHB_DEV_KEY"] = _hub.DevKeyPath });

        var push = await _hub.RunWithTokenAsync(minted.Out.Trim(), "push", Samples.Path("env-enforcement.jsonl"), "--adapter", "env-enforcement-jsonl/1");

        Assert.True(push.ExitCode == 0, push.ToString());
        Assert.Contains("env-enforcement.jsonl -> BDC-ENV with env-enforcement-jsonl/1: 7 rows", push.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_Json_DescribesThePersonaAndTheTokenCarriesIt()
    {
        var before = TimeProvider.System.GetUtcNow();

        var run = await CliRunner.RunAsync(
            null,
            ["token", "--role", "lro", "--agency", "WYP", "--ocg", "OCG-WYP-0042", "--ocg", "OCG-WYP-0043", "--site", "BD3-BARKEREND", "--lifetime", "30m", "--dev-key", _hub.DevKeyPath, "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var result = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("lro", result.GetProperty("role").GetString());
        Assert.Equal("WYP", result.GetProperty("agency").GetString());
        Assert.Equal("dev:lro:wyp", result.GetProperty("subject").GetString());
        Assert.Equal(["OCG-WYP-0042", "OCG-WYP-0043"], result.GetProperty("ocgs").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(["BD3-BARKEREND"], result.GetProperty("sites").EnumerateArray().Select(o => o.GetString()));
        var expires = result.GetProperty("expires").GetDateTimeOffset();
        Assert.InRange(expires, before.AddMinutes(30).AddSeconds(-1), TimeProvider.System.GetUtcNow().AddMinutes(30).AddSeconds(1));
        var jwt = new JsonWebToken(result.GetProperty("token").GetString());
        Assert.Equal(["OCG-WYP-0042", "OCG-WYP-0043"], jwt.Claims.Where(c => c.Type == HubClaims.Ocg).Select(c => c.Value));
        Assert.Equal("dev:lro:wyp", jwt.Subject);
        Assert.Equal(HubDevelopmentKey.Audience, Assert.Single(jwt.Audiences));
    }

    [Fact]
    public async Task Token_LroCallingAnAdminCommand_ExitsFourNamingTheToken()
    {
        var token = (await CliRunner.RunAsync(null, ["token", "--role", "lro", "--agency", "WYP", "--subject", "pc.smith", "--dev-key", _hub.DevKeyPath])).Out.Trim();

        var run = await _hub.RunWithTokenAsync(token, "adapters");

        Assert.Equal(4, run.ExitCode);
        Assert.Equal("chb: permission denied: the lro token for WYP (pc.smith) may not do this", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Token_UnknownRole_ExitsTwoWithOneLineListingTheRoles()
    {
        var run = await CliRunner.RunAsync(null, ["token", "--role", "boss", "--agency", "WYP", "--dev-key", _hub.DevKeyPath]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "chb: --role must be one of partner, lro, gain, analyst, auditor, admin; got 'boss' (see 'chb token --help')", Assert.Single(run.ErrorLines));
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData("0h")]
    [InlineData("31d")]
    [InlineData("soon")]
    [InlineData("8")]
    public async Task Token_BadLifetime_ExitsTwo(string lifetime)
    {
        var run = await CliRunner.RunAsync(null, ["token", "--role", "admin", "--agency", "WYP", "--lifetime", lifetime, "--dev-key", _hub.DevKeyPath]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("chb: --lifetime must be a positive time", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_KeyFileMissing_ExitsSevenSayingTheHubMustRunInDevelopmentModeAndWhereItLooked()
    {
        var missing = _folder.File("dev-signing.key");

        var run = await CliRunner.RunAsync(null, ["token", "--role", "admin", "--agency", "WYP"], new Dictionary<string, string> { ["CHB_DEV_KEY"] = missing });

        Assert.Equal(7, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"chb: no development key at {missing}: ", line, StringComparison.Ordinal);
        Assert.Contains("the hub runs in development mode on this machine", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Token_KeyFileNotBase64_ExitsFive()
    {
        var path = _folder.File("bad.key");
        await File.WriteAllTextAsync(path, "not a key!");

        var run = await CliRunner.RunAsync(null, ["token", "--role", "admin", "--agency", "WYP", "--dev-key", path]);

        Assert.Equal(5, run.ExitCode);
        Assert.Equal($"chb: the development key at {path} is not base64 text as the hub writes it", Assert.Single(run.ErrorLines));
    }
}
