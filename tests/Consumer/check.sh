#!/usr/bin/env bash
# The package as a consumer meets it: pack the library and the tool, install them from a local folder feed into a
# fresh project and a tool path, build a small chronology through the public API, render it, and check the output.
# Run from anywhere: bash tests/Consumer/check.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
version="0.0.0-consumer.$(date +%s)"

echo "consumer: packing $version"
dotnet pack "$root/src/Timeline/Timeline.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
dotnet pack "$root/src/Timeline.Cli/Timeline.Cli.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet

for file in Annals."$version".nupkg Annals."$version".snupkg Annals.Cli."$version".nupkg; do
  [ -f "$feed/$file" ] || { echo "consumer: missing $file"; exit 1; }
done
listing="$(unzip -l "$feed/Annals.$version.nupkg")"
grep -qF 'README.md' <<<"$listing" || { echo "consumer: the package has no README"; exit 1; }
# The package page shows the README away from the repository: its links to docs/ must be absolute.
readme="$(unzip -p "$feed/Annals.$version.nupkg" README.md)"
if grep -nE '\]\((docs/|\./)' <<<"$readme"; then echo "consumer: the package README has relative links"; exit 1; fi
grep -qF '](https://' <<<"$readme" || { echo "consumer: the package README has no absolute links"; exit 1; }
grep -qF 'lib/net10.0/Annals.xml' <<<"$listing" || { echo "consumer: the package has no XML docs"; exit 1; }
grep -qF '<license type="expression">MIT</license>' <<<"$(unzip -p "$feed/Annals.$version.nupkg" Annals.nuspec)" \
  || { echo "consumer: the package has no licence expression"; exit 1; }

echo "consumer: creating a fresh console project"
app="$work/app"
mkdir -p "$app"
cat > "$app/app.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Annals" Version="$version" />
  </ItemGroup>
</Project>
PROJ
cp "$root/tests/Consumer/Program.cs.txt" "$app/Program.cs"
# A NuGet.config beside the project: the local feed first, then the configured sources for NodaTime.
cat > "$app/NuGet.config" <<CONF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-feed" value="$feed" />
  </packageSources>
</configuration>
CONF

output="$(cd "$app" && dotnet run --nologo -v quiet)"
echo "$output" | sed 's/^/  | /'
expect() { grep -qF -- "$1" <<<"$output" || { echo "consumer: expected output line not found: $1"; exit 1; }; }
expect "# Consumer check"
expect "- **3 February 2025**: Rubio visits El Salvador"
expect "- **April 2025 (planned)**: Bukele visits the White House (reported)"
expect "events: 2"
expect "json-roundtrip: True"
expect "sample: 9"

echo "consumer: installing the tool from the feed"
dotnet tool install Annals.Cli --version "$version" --tool-path "$work/tools" --add-source "$feed" >/dev/null
tool_version="$("$work/tools/timeline" --version)"
grep -qF "$version" <<<"$tool_version" || { echo "consumer: timeline --version does not report $version"; exit 1; }
mermaid="$("$work/tools/timeline" render --format mermaid)"
[ "$(head -n 1 <<<"$mermaid")" = "timeline" ] || { echo "consumer: timeline render --format mermaid failed"; exit 1; }
date_json="$("$work/tools/timeline" date "2025-04~" --json)"
grep -qF '"earliest":"2025-04-01"' <<<"$date_json" || { echo "consumer: timeline date failed"; exit 1; }
echo "consumer: ok"
