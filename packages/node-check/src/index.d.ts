export declare const MIN_NODE_MAJOR: number;
export declare function nodeTooOld(name: string, version: string, hint: string): string | undefined;
export declare function actionCanRun(name: string): boolean;
export declare function cliCanRun(): boolean;
