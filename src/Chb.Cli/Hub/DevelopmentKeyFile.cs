using System.CommandLine;
using Chb.Contracts.Security;

namespace Chb.Cli;

/// <summary>
/// The signing key a hub in development mode writes for this user, which <c>chb token</c> and <c>chb demo load</c>
/// mint tokens with: <c>--dev-key</c> first, then <c>CHB_DEV_KEY</c>, then the hub's default per-user file.
/// </summary>
internal static class DevelopmentKeyFile
{
    public const string Variable = "CHB_DEV_KEY";

    /// <summary>How long tokens minted for a command's own use (demo load) last.</summary>
    public static readonly TimeSpan CommandTokenLifetime = TimeSpan.FromHours(1);

    public static Option<FileInfo?> CreateOption() => new("--dev-key")
    {
        Description = $"The key file of a hub in development mode on this machine [env: {Variable}] [default: {HubDevelopmentKey.DefaultPath}]",
        HelpName = "FILE",
    };

    /// <summary>Where to look, and whether the caller named that place (an option or the variable) rather than relying on the default.</summary>
    public static (string Path, bool Named) Locate(FileInfo? option, CliEnvironment env)
    {
        if (option is not null)
        {
            return (option.FullName, true);
        }

        var variable = env.GetVariable(Variable);
        return string.IsNullOrWhiteSpace(variable) ? (HubDevelopmentKey.DefaultPath, false) : (Path.GetFullPath(variable.Trim()), true);
    }

    /// <summary>Reads the key, or fails with one line saying where it looked.</summary>
    public static byte[] Read(string path)
    {
        if (!File.Exists(path))
        {
            throw Missing(path);
        }

        byte[] key;
        try
        {
            key = HubDevelopmentKey.Read(path);
        }
        catch (FormatException)
        {
            throw new CliExitException(ExitCodes.LocalFile, $"the development key at {path} is not base64 text as the hub writes it");
        }

        return key.Length >= 32
            ? key
            : throw new CliExitException(ExitCodes.LocalFile, $"the development key at {path} is shorter than 32 bytes");
    }

    public static CliExitException Missing(string path) => new(
        ExitCodes.NoDevelopmentKey,
        $"no development key at {path}: tokens can be minted only while the hub runs in development mode on this machine "
        + $"(dotnet run --project src/Chb.Hub), or name its key file with --dev-key or {Variable}");

    /// <summary>The subject <c>chb token</c> gives a persona when none is named, such as dev:lro:wyp.</summary>
    public static string DefaultSubject(string role, string agency) => $"dev:{role}:{agency.ToLowerInvariant()}";

    public static string Mint(HubPersona persona, byte[] key, DateTimeOffset now, TimeSpan lifetime)
        => HubTokens.Mint(persona, key, HubDevelopmentKey.Issuer, HubDevelopmentKey.Audience, now, lifetime);
}
