using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Chb.Contracts.Security;

/// <summary>
/// Mints bearer tokens in the hub's format. Production tokens come from the force's identity provider;
/// this serves the hub's loopback development mode (the CLI's <c>chb token</c>) and tests.
/// </summary>
public static class HubTokens
{
    public static string Mint(HubPersona persona, byte[] signingKey, string issuer, string audience, DateTimeOffset now, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var claims = new List<Claim>
        {
            new(HubClaims.Subject, persona.Subject),
            new(HubClaims.Role, persona.Role),
            new(HubClaims.Agency, persona.Agency),
        };
        claims.AddRange(persona.Ocgs.Select(o => new Claim(HubClaims.Ocg, o)));
        claims.AddRange(persona.Sites.Select(s => new Claim(HubClaims.Site, s)));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime.AddMinutes(-1),
            Expires = now.Add(lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(signingKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
