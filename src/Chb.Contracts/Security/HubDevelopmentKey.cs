namespace Chb.Contracts.Security;

/// <summary>
/// Where a hub in development mode keeps its local signing key, and the issuer and audience it expects.
/// The hub and the CLI on the same machine agree on these without configuration.
/// </summary>
public static class HubDevelopmentKey
{
    public const string Issuer = "chb-hub";

    public const string Audience = "chb-hub";

    /// <summary>Gets the per-user default path of the key file (readable by its owner only).</summary>
    public static string DefaultPath { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "chb-hub",
        "dev-signing.key");

    /// <summary>Reads a key file written by the hub.</summary>
    public static byte[] Read(string path) => Convert.FromBase64String(File.ReadAllText(path).Trim());
}
