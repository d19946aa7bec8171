#!/usr/bin/env bash
# Gradescope image set-up: cc65 (lab0), a JDK 17 (lab2), nasm (lab3), busybox-static (lab4), the Hawk checkout (copied into the autograder zip as hawk/), its tools
# and build. Runs once when the autograder image is built; the image needs the .NET SDK that global.json names
# (install it in the base image: this script fetches nothing but Debian and NuGet packages).
set -euo pipefail
apt-get update
apt-get install -y --no-install-recommends cc65 openjdk-17-jdk-headless nasm busybox-static gcc libc6-dev iproute2 util-linux ca-certificates curl
cd /autograder/source/hawk
bash .ci/install-packages
dotnet tool restore
dotnet build harness/Hawk.Cli/Hawk.Cli.csproj -c Release
