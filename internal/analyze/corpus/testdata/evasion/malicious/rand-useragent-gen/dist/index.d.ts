export type AgentType = 'desktop' | 'mobile' | 'bot';
export declare function randomUserAgent(type?: AgentType): string;
export declare function userAgents(type?: AgentType): string[];
export default randomUserAgent;
