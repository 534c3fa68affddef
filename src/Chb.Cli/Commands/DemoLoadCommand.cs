using System.CommandLine;
using System.Globalization;
using Chb.Cli.Demo;
using Chb.Cli.Push;
using Chb.Contracts.Security;
using Grpc.Core;

namespace Chb.Cli.Commands;

/// <summary>
/// <c>chb demo load [--dir DIR] [--dev-key FILE]</c>: pushes a demo site's three files (generating them first when no
/// folder is given), each as its own agency's partner system, then defines the demo's CHB site as an administrator.
/// </summary>
/// <remarks>
/// A token acts for one agency, so by default the command mints a partner token per agency, and an admin token for
/// the site, with the development key of a hub in development mode on this machine. Given <c>--token</c> (or, with no
/// development key found, <c>CHB_TOKEN</c>), it pushes only the file of that token's agency, defines no site, and says
/// what it skipped.
/// </remarks>
internal static class DemoLoadCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Option<DirectoryInfo>("--dir") { Description = "A folder made by chb demo generate; omitted, a site is generated into a temporary folder", HelpName = "DIR" };
        directory.AcceptExistingOnly();
        var people = DemoCommand.PeopleOption();
        var seed = DemoCommand.SeedOption();
        var devKey = DevelopmentKeyFile.CreateOption();
        var command = new Command(
            "load",
            "Push a demo site into the hub as its three agencies (WYP, BDC-HOUSING, BDC-ENV), minting a partner token for each with the development key, "
            + $"and define its CHB site {DemoChbSite.Id} as an admin; with --token, only that token's agency's file")
        {
            directory, people, seed, devKey,
        };
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var plan = Plan(session, parse.GetValue(devKey));
            var folder = parse.GetValue(directory)?.FullName;
            if (folder is null)
            {
                var spec = new DemoSpec(parse.GetValue(people), parse.GetValue(seed));
                folder = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"chb-demo-{spec.Seed}-{spec.People}"));
                var manifest = await DemoGenerator.WriteAsync(spec, folder, ct);
                if (!session.Output.Json)
                {
                    DemoGenerateCommand.Print(session.Output, manifest);
                }
            }

            var receipts = new List<PushReceipt>();
            foreach (var push in plan.Pushes)
            {
                var path = Path.Combine(folder, push.File.Name);
                if (!File.Exists(path))
                {
                    throw new CliUsageException($"{path} is missing: make the folder with chb demo generate --out {folder}");
                }

                if (!session.Output.Json)
                {
                    session.Output.Line($"Pushing {push.File.Name} as {push.Persona.Subject} ({push.Persona.Role}, {push.Persona.Agency})");
                }

                using var hub = session.Connect(push.Token);
                var job = new PushJob(path, push.File.Adapter, push.File.Agency);
                var receipt = await PushAsync(session, hub, job, plan, ct);
                receipts.Add(receipt);
                if (!session.Output.Json)
                {
                    ReceiptPrinter.Print(session.Output, receipt);
                }
            }

            var site = plan.Admin is { } siteAdmin ? await DemoChbSite.DefineAsync(session, siteAdmin.Token, ct) : null;
            var pushedBy = plan.Pushes.Select(p => new DemoPusher(p.File.Name, p.Persona.Agency, p.Persona.Subject, p.Persona.Role)).ToList();
            if (session.Output.Json)
            {
                session.Output.WriteJson(new DemoLoadResult(folder, receipts, pushedBy, plan.Skipped, site?.SiteId), CliJson.Output.DemoLoadResult);
                return ExitCodes.Ok;
            }

            if (plan.Skipped.Count > 0)
            {
                session.Output.Line(
                    $"Skipped {string.Join(", ", plan.Skipped.Select(s => $"{s.File} ({s.Agency})"))}: {plan.Source} acts for {plan.Pushes[0].Persona.Agency} only. "
                    + $"To load every agency, {plan.Alternative}.");
            }

            if (site is null)
            {
                session.Output.Line($"The CHB site {DemoChbSite.Id} was not defined: that takes an admin token, which demo load mints with the development key.");
            }
            else
            {
                var admin = plan.Admin!.Persona;
                session.Output.Line(
                    $"Defined CHB site {site.SiteId}, {site.Name} (postcode areas {string.Join(", ", site.PostcodeAreas)}), as {admin.Subject} ({admin.Role}, {admin.Agency})");
            }

            session.Output.Line($"Loaded. Next: chb status --min-sequence {receipts.Max(r => r.LastSequence)}, then chb quarantine"
                + (site is null ? string.Empty : $"; as a GAIN coordinator, chb site show {site.SiteId}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Who pushes which file: a minted partner per agency, or the one given token for its own agency's file.</summary>
    private static DemoPlan Plan(CliSession session, FileInfo? devKeyOption)
    {
        if (session.TokenFromOption)
        {
            return SingleToken(session.Token!, "--token", "omit --token and demo load mints a partner token per agency with the development key");
        }

        var (path, named) = DevelopmentKeyFile.Locate(devKeyOption, session.Environment);
        if (!File.Exists(path) && !named && session.Token is { } fromEnvironment)
        {
            return SingleToken(
                fromEnvironment,
                HubSettings.TokenVariable,
                $"name the development key with --dev-key or {DevelopmentKeyFile.Variable} (there is none at {path}) and demo load mints a partner token per agency");
        }

        var key = DevelopmentKeyFile.Read(path);
        var now = session.Environment.Time.GetUtcNow();
        DemoActor Minted(string role, string agency)
        {
            var persona = new HubPersona(DevelopmentKeyFile.DefaultSubject(role, agency), role, agency);
            return new DemoActor(persona, DevelopmentKeyFile.Mint(persona, key, now, DevelopmentKeyFile.CommandTokenLifetime));
        }

        var pushes = DemoFiles.All.Select(file => new DemoPush(file, Minted(HubRoles.Partner, file.Agency)));
        return new DemoPlan([.. pushes], [], $"the development key at {path}", string.Empty, path, Minted(HubRoles.Admin, DemoFiles.Police.Agency));
    }

    private static DemoPlan SingleToken(string token, string source, string alternative)
    {
        var claims = TokenClaims.TryRead(token)
            ?? throw new CliExitException(ExitCodes.Unauthenticated, $"invalid token: {source} is not a hub token (a JWT with a role and an agency); {ErrorReporter.TokenHint}");
        var persona = claims.Persona;
        var agencies = string.Join(", ", DemoFiles.All.Select(f => $"{f.Agency}'s"));
        if (persona.Role != HubRoles.Partner)
        {
            throw new CliExitException(
                ExitCodes.NotFoundOrDenied,
                $"demo load pushes as the agencies' partner systems, and {source} is not a partner token (role {persona.Role}, agency {persona.Agency}): "
                + $"give a partner token, or {alternative}");
        }

        var files = DemoFiles.All.Where(f => f.Agency == persona.Agency).ToList();
        if (files.Count == 0)
        {
            throw new CliExitException(
                ExitCodes.NotFoundOrDenied,
                $"{source} acts for {persona.Agency}, which has no demo file (they are {agencies}): {alternative}");
        }

        var skipped = DemoFiles.All.Except(files).Select(f => new DemoSkipped(f.Name, f.Agency)).ToList();
        return new DemoPlan([.. files.Select(f => new DemoPush(f, new DemoActor(persona, token)))], skipped, source, alternative, null, null);
    }

    /// <summary>Pushes one file; a minted token the hub refuses means it is not the development-mode hub that made the key.</summary>
    private static async Task<PushReceipt> PushAsync(CliSession session, HubConnection hub, PushJob job, DemoPlan plan, CancellationToken ct)
    {
        try
        {
            return await PushRunner.RunAsync(session, hub, job, ct);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unauthenticated && plan.KeyPath is { } key)
        {
            throw new CliExitException(
                ExitCodes.Unauthenticated,
                $"the hub at {session.HubText} does not accept tokens minted with the development key at {key}: "
                + "is it running in development mode on this machine with that key (Hub:Auth:DevelopmentKeyPath)?",
                ex);
        }
    }

    /// <summary>A persona and the token it presents.</summary>
    private sealed record DemoActor(HubPersona Persona, string Token);

    private sealed record DemoPush(DemoFile File, DemoActor Actor)
    {
        public HubPersona Persona => Actor.Persona;

        public string Token => Actor.Token;
    }

    /// <param name="Source">What the tokens come from, for messages.</param>
    /// <param name="Alternative">For a given token: how to load every agency instead.</param>
    /// <param name="KeyPath">The development key the tokens were minted with; null for a given token.</param>
    /// <param name="Admin">Who defines the demo's CHB site; null for a given token.</param>
    private sealed record DemoPlan(
        IReadOnlyList<DemoPush> Pushes, IReadOnlyList<DemoSkipped> Skipped, string Source, string Alternative, string? KeyPath, DemoActor? Admin);
}

/// <param name="SiteId">The CHB site defined for the demo; null when none was (a given token cannot).</param>
internal sealed record DemoLoadResult(
    string Directory, IReadOnlyList<PushReceipt> Receipts, IReadOnlyList<DemoPusher> PushedBy, IReadOnlyList<DemoSkipped> Skipped, string? SiteId);

/// <summary>Which persona pushed a demo file.</summary>
internal sealed record DemoPusher(string File, string Agency, string Subject, string Role);

/// <summary>A demo file not pushed because the token given acts for another agency.</summary>
internal sealed record DemoSkipped(string File, string Agency);
