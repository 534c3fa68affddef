using System.Text.Json;
using Chb.Cli.Tests.Support;
using Chb.Tests.Shared;

namespace Chb.Cli.Tests.Errors;

/// <summary>What the hub's authentication and agency rules look like from the command line: one line, a distinct exit code.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string HousingRef = "SUB/2024/00007#Tenant#Hussain|Mohammed|1985-04-01";
    private readonly CliHub _hub = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Theory]
    [InlineData("adapters")]
    [InlineData("status")]
    [InlineData("quarantine")]
    [InlineData("retract", "X/1", "--reason", "x")]
    public async Task Command_NoToken_ExitsSixWithOneLineSayingHowToGetOne(params string[] args)
    {
        var run = await _hub.RunWithTokenAsync(null, args);

        Assert.Equal(6, run.ExitCode);
        Assert.Equal(
            "chb: no token: the hub wants one for this command; set --token or CHB_TOKEN; "
            + "a hub in development mode on this machine accepts one from: chb token --role ROLE --agency CODE",
            Assert.Single(run.ErrorLines));
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Push_NoToken_ExitsSix()
    {
        var run = await _hub.RunWithTokenAsync(null, "push", Samples.Path("housing-cases.csv"), "--adapter", "housing-cases-csv/1");

        Assert.Equal(6, run.ExitCode);
        Assert.StartsWith("chb: no token: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_TokenSignedWithAnotherKey_ExitsSixSayingTheHubDoesNotTrustIt()
    {
        var forged = TestIdentity.Token(TestIdentity.Admin(), key: new byte[32]);

        var run = await _hub.RunWithTokenAsync(forged, "adapters");

        Assert.Equal(6, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("chb: invalid token: the hub does not trust the admin token for WYP (admin.user)", line, StringComparison.Ordinal);
        Assert.Contains("chb token --role ROLE --agency CODE", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_ExpiredToken_ExitsSixSayingWhenItExpired()
    {
        var expired = TestIdentity.Token(TestIdentity.Admin(), lifetime: TimeSpan.FromMinutes(5), now: TimeProvider.System.GetUtcNow().AddHours(-2));

        var run = await _hub.RunWithTokenAsync(expired, "--token", expired, "status");

        Assert.Equal(6, run.ExitCode);
        Assert.StartsWith("chb: the token expired at ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_TokenThatIsNotAJwt_ExitsSix()
    {
        var run = await _hub.RunWithTokenAsync("not-a-token", "adapters");

        Assert.Equal(6, run.ExitCode);
        Assert.StartsWith("chb: invalid token: the hub cannot read it as a hub token; set --token or CHB_TOKEN", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retract_PartnerOfAnotherAgency_CannotWithdrawTheRecord()
    {
        var housing = TestIdentity.Partner("BDC-HOUSING");
        var env = TestIdentity.Partner("BDC-ENV");
        await _hub.RunAsync(housing, "push", Samples.Path("housing-cases.csv"), "--adapter", "housing-cases-csv/1");

        // Naming the other agency is refused outright; without it, the reference is looked up in the caller's own agency.
        var naming = await _hub.RunAsync(env, "retract", HousingRef, "--agency", "BDC-HOUSING", "--reason", "not ours");
        var own = await _hub.RunAsync(env, "retract", HousingRef, "--reason", "not ours", "--json");
        var owner = await _hub.RunAsync(housing, "retract", HousingRef, "--reason", "entered in error", "--json");

        Assert.Equal(4, naming.ExitCode);
        Assert.Equal("chb: permission denied: The caller acts for BDC-ENV; agency may only name that agency or be left empty.", Assert.Single(naming.ErrorLines));
        Assert.Equal(4, own.ExitCode);
        Assert.Equal("not-found", Outcome(own));
        Assert.True(owner.ExitCode == 0, owner.ToString());
        Assert.Equal("retracted", Outcome(owner));
    }

    private static string? Outcome(CliRun run)
        => Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("results").EnumerateArray()).GetProperty("outcome").GetString();
}
