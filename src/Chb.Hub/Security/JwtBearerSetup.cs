using Chb.Contracts.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Chb.Hub.Security;

/// <summary>Builds token validation from the validated <see cref="AuthOptions"/> and <see cref="HubSigningKeys"/>.</summary>
internal sealed class JwtBearerSetup(IOptions<AuthOptions> options, HubSigningKeys signingKeys) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions bearer)
    {
        var auth = options.Value;
        bearer.MapInboundClaims = false;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Issuer,
            ValidAudience = auth.Audience,
            IssuerSigningKeys = signingKeys.Keys,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = HubClaims.Subject,
            RoleClaimType = HubClaims.Role,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        };
    }

    public void Configure(JwtBearerOptions bearer) => Configure(Microsoft.Extensions.Options.Options.DefaultName, bearer);
}
