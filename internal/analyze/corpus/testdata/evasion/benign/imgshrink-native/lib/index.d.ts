/// <reference types="node" />
export declare function stripPng(input: Buffer): Buffer;
