using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Chb.Contracts.Security;

namespace Chb.Cli.Commands;

/// <summary>
/// <c>chb token --role ROLE --agency CODE [--ocg REF]... [--site ID]... [--subject NAME] [--lifetime 8h] [--dev-key FILE]</c>:
/// mints a token with the development key of a hub running in development mode on this machine.
/// </summary>
internal static class TokenCommand
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(30);

    public static Command Create(CliContext context)
    {
        var role = new Option<string>("--role")
        {
            Description = $"The persona's role: {string.Join(", ", HubRoles.All)}",
            HelpName = "ROLE",
            Required = true,
        };
        role.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (!HubRoles.All.Contains(value, StringComparer.Ordinal))
            {
                r.AddError($"--role must be one of {string.Join(", ", HubRoles.All)}; got '{value}'");
            }
        });
        var agency = new Option<string>("--agency") { Description = "The agency the persona acts for, such as WYP", HelpName = "CODE", Required = true };
        agency.Validators.Add(r =>
        {
            if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string>()))
            {
                r.AddError("--agency must name an agency, such as WYP");
            }
        });
        var ocgs = new Option<string[]>("--ocg") { Description = "An OCG reference assigned to the persona (repeat for more)", HelpName = "REF" };
        var sites = new Option<string[]>("--site") { Description = "A CHB site id assigned to the persona (repeat for more)", HelpName = "ID" };
        var subject = new Option<string?>("--subject") { Description = "Who the token names in the audit log [default: dev:ROLE:agency]", HelpName = "NAME" };
        var lifetime = new Option<TimeSpan>("--lifetime")
        {
            Description = "How long the token lasts: 90s, 30m, 8h, 2d or hh:mm:ss",
            HelpName = "TIME",
            DefaultValueFactory = _ => DefaultLifetime,
            CustomParser = ParseLifetime,
        };
        var devKey = DevelopmentKeyFile.CreateOption();
        var command = new Command(
            "token",
            "Mint a token for a persona with the key of a hub in development mode on this machine; prints just the token (export CHB_TOKEN=$(chb token ...))")
        {
            role, agency, ocgs, sites, subject, lifetime, devKey,
        };
        command.SetAction((parse, _) =>
        {
            var session = context.Session(parse);
            var (path, _) = DevelopmentKeyFile.Locate(parse.GetValue(devKey), session.Environment);
            var key = DevelopmentKeyFile.Read(path);
            var (roleName, agencyCode) = (parse.GetValue(role)!, parse.GetValue(agency)!.Trim());
            var persona = new HubPersona(NonBlank(parse.GetValue(subject)) ?? DevelopmentKeyFile.DefaultSubject(roleName, agencyCode), roleName, agencyCode)
            {
                Ocgs = Values(parse.GetValue(ocgs)),
                Sites = Values(parse.GetValue(sites)),
            };
            var now = session.Environment.Time.GetUtcNow();
            var span = parse.GetValue(lifetime);
            var token = DevelopmentKeyFile.Mint(persona, key, now, span);
            if (session.Output.Json)
            {
                var result = new TokenResult(token, persona.Subject, persona.Role, persona.Agency, persona.Ocgs, persona.Sites, now.Add(span));
                session.Output.WriteJson(result, CliJson.Output.TokenResult);
            }
            else
            {
                session.Output.Raw(token);
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>Reads 90s, 30m, 8h, 2d or a TimeSpan such as 01:30:00.</summary>
    internal static TimeSpan ParseLifetime(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
        TimeSpan? value = null;
        if (text.Contains(':', StringComparison.Ordinal))
        {
            value = TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null;
        }
        else if (text.Length > 1 && double.TryParse(text[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            double? seconds = char.ToLowerInvariant(text[^1]) switch
            {
                's' => number,
                'm' => number * 60,
                'h' => number * 3600,
                'd' => number * 86400,
                _ => null,
            };
            value = seconds is { } s && s <= MaxLifetime.TotalSeconds ? TimeSpan.FromSeconds(s) : seconds is null ? null : TimeSpan.MaxValue;
        }

        if (value is not { } lifetime || lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
        {
            result.AddError($"--lifetime must be a positive time of at most 30 days, such as 90s, 30m, 8h or 2d; got '{text}'");
            return DefaultLifetime;
        }

        return lifetime;
    }

    private static string[] Values(string[]? values)
        => [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())];

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal sealed record TokenResult(
    string Token, string Subject, string Role, string Agency, IReadOnlyList<string> Ocgs, IReadOnlyList<string> Sites, DateTimeOffset Expires);
