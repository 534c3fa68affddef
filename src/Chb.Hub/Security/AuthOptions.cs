using System.ComponentModel.DataAnnotations;
using Chb.Contracts.Security;

namespace Chb.Hub.Security;

/// <summary>How callers prove who they are (section <c>Hub:Auth</c>).</summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string SectionName = "Hub:Auth";

    /// <summary>Gets or sets the issuer tokens must name.</summary>
    [Required]
    public string Issuer { get; set; } = HubDevelopmentKey.Issuer;

    /// <summary>Gets or sets the audience tokens must name.</summary>
    [Required]
    public string Audience { get; set; } = HubDevelopmentKey.Audience;

    /// <summary>Gets or sets the HMAC signing keys (base64, at least 32 bytes each) the identity provider signs with.</summary>
    public List<string> SigningKeys { get; set; } = [];

    /// <summary>
    /// Gets or sets a value indicating whether the hub makes and trusts a local signing key, so the CLI can mint
    /// a token for any persona. Refused unless every endpoint listens on loopback.
    /// </summary>
    public bool DevelopmentMode { get; set; }

    /// <summary>
    /// Gets or sets where development mode keeps its key, relative to the content root unless absolute. The
    /// default is a per-user file the CLI's <c>chb token</c> also finds.
    /// </summary>
    [Required]
    public string DevelopmentKeyPath { get; set; } = HubDevelopmentKey.DefaultPath;

    /// <summary>Gets the signing keys that are set (an entry blanked by an override is ignored).</summary>
    internal IReadOnlyList<string> ConfiguredKeys => [.. SigningKeys.Where(k => !string.IsNullOrWhiteSpace(k))];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!DevelopmentMode && ConfiguredKeys.Count == 0)
        {
            yield return new ValidationResult(
                "Hub:Auth needs SigningKeys (the identity provider's keys) or DevelopmentMode=true on a loopback-only hub.");
        }

        var buffer = new byte[512];
        foreach (var key in ConfiguredKeys)
        {
            if (!Convert.TryFromBase64String(key, buffer, out var length) || length < 32)
            {
                yield return new ValidationResult("Hub:Auth:SigningKeys entries must be base64 keys of at least 32 bytes.");
            }
        }
    }
}
