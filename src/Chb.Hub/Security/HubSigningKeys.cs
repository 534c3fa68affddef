using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Chb.Hub.Security;

/// <summary>
/// The keys bearer tokens may be signed with: the identity provider's, plus the local development key when
/// development mode is on (made at start, so <c>chb token</c> works before the first call).
/// </summary>
internal sealed class HubSigningKeys
{
    private readonly Lazy<IReadOnlyList<SecurityKey>> _keys;

    public HubSigningKeys(IOptions<AuthOptions> options, IHostEnvironment environment)
    {
        var auth = options.Value;
        DevelopmentKeyPath = auth.DevelopmentMode
            ? (Path.IsPathRooted(auth.DevelopmentKeyPath) ? auth.DevelopmentKeyPath : Path.Combine(environment.ContentRootPath, auth.DevelopmentKeyPath))
            : null;
        _keys = new Lazy<IReadOnlyList<SecurityKey>>(() =>
        {
            var keys = auth.ConfiguredKeys.Select(k => (SecurityKey)new SymmetricSecurityKey(Convert.FromBase64String(k))).ToList();
            if (DevelopmentKeyPath is not null)
            {
                keys.Add(new SymmetricSecurityKey(DevelopmentSigningKey.LoadOrCreate(DevelopmentKeyPath)));
            }

            return keys;
        });
    }

    /// <summary>Gets the development key's file, or null when development mode is off.</summary>
    public string? DevelopmentKeyPath { get; }

    public IReadOnlyList<SecurityKey> Keys => _keys.Value;
}
